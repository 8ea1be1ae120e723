// The migration from record format 1: reads every blob of the entries, shares and replies stores and rewrites each
// format-1 record in the current format (format-1.ts), with If-Match on the ETag of exactly the blob it read. A
// record changed meanwhile (an update, a delete, a revoke) wins: the write is refused, nothing is lost, and the
// record is counted as changed, for a rerun to look at again. Safe to run twice: a record already current is
// left alone. Run by scripts/migrate-records.mjs (see the README, "Migrating stored records").
import { readStored } from '../records';
import { STORE_NAMES, StoreUnavailableError, listKeys, readForWrite, writeIfMatch, type StoreName } from '../storage';
import { fromFormat1 } from './format-1';

export interface StoreReport {
  /** Blobs looked at. */
  scanned: number;
  /** Format-1 records written in the current format (with `dryRun`: that would have been). */
  rewritten: number;
  /** Already in the current format, tombstones included: nothing to do. */
  current: number;
  /** Changed or gone between the read and the write: the write was refused. A rerun looks at them again. */
  changed: number;
  /** Neither format (not JSON, or a newer format): left as they are. The functions treat them as absent. */
  unknown: number;
  /** The store could not confirm the write or give a tag for it: nothing written; a rerun tries again. */
  failed: number;
}

export type MigrationReport = Record<StoreName, StoreReport>;

const empty = (): StoreReport => ({ scanned: 0, rewritten: 0, current: 0, changed: 0, unknown: 0, failed: 0 });

/** True when a rerun may still find format-1 records: some were changed meanwhile or could not be written. */
export const needsRerun = (report: MigrationReport): boolean =>
  Object.values(report).some((s) => s.changed > 0 || s.failed > 0);

type Outcome = Exclude<keyof StoreReport, 'scanned'>;

async function migrateOne(name: StoreName, key: string, dryRun: boolean): Promise<Outcome> {
  let found;
  try {
    found = await readForWrite(name, key);
  } catch (error) {
    if (error instanceof StoreUnavailableError) return 'failed';
    throw error;
  }
  if (!found) return 'changed'; // listed, then deleted before the read
  if (readStored(name, found.data, { quiet: true }).kind !== 'unreadable') return 'current';
  const upgraded = fromFormat1(name, found.data);
  if (!upgraded) return 'unknown';
  if (dryRun) return 'rewritten';
  try {
    return (await writeIfMatch(name, key, upgraded, found.etag)) === 'written' ? 'rewritten' : 'changed';
  } catch (error) {
    if (error instanceof StoreUnavailableError) return 'failed';
    throw error;
  }
}

/**
 * Migrates every store, one blob at a time (a site's stores hold thousands, not millions, and one at a time keeps
 * the load on the store low). `onProgress` hears each store's counts as it finishes.
 */
export async function migrateRecords({
  dryRun = false,
  onProgress,
}: { dryRun?: boolean; onProgress?: (name: StoreName, report: StoreReport) => void } = {}): Promise<MigrationReport> {
  const report = { entries: empty(), shares: empty(), replies: empty() } satisfies MigrationReport;
  for (const name of Object.values(STORE_NAMES)) {
    for await (const key of listKeys(name)) {
      report[name].scanned++;
      report[name][await migrateOne(name, key, dryRun)]++;
    }
    onProgress?.(name, report[name]);
  }
  return report;
}
