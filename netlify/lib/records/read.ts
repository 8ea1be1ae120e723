// The one reader of stored blobs: a blob in any store reads as its live record, a tombstone, or unreadable (not
// JSON, not this store's kind of record, or another format). Every read goes through the record's zod schema.
import type { z } from 'zod';
import { NOT_JSON, type StoreName } from '../storage';
import { EntryRecordSchema } from './entry';
import { ReplyRecordSchema } from './reply';
import { ShareRecordSchema } from './share';
import { EntryTombstoneSchema, ReplyTombstoneSchema, ShareTombstoneSchema } from './tombstone';

/** Each store's live record and its tombstone. */
const SCHEMAS = {
  entries: { live: EntryRecordSchema, tombstone: EntryTombstoneSchema },
  shares: { live: ShareRecordSchema, tombstone: ShareTombstoneSchema },
  replies: { live: ReplyRecordSchema, tombstone: ReplyTombstoneSchema },
} as const;

type Schemas = typeof SCHEMAS;
/** The live record of a store, as read: `writeId` only matters to the write that made it. */
export type LiveRecord<S extends StoreName> = Omit<z.infer<Schemas[S]['live']>, 'writeId'>;

export type Stored<S extends StoreName> =
  { kind: 'live'; record: LiveRecord<S> } | { kind: 'tombstone' } | { kind: 'unreadable' };

/**
 * Reads what `readBlob` found in store `name` (`NOT_JSON` for a blob that is not JSON). An unreadable blob is logged
 * (by store, never content) unless `quiet`: the migration, which expects some, counts them instead.
 */
export function readStored<S extends StoreName>(name: S, data: unknown, { quiet = false } = {}): Stored<S> {
  const schemas: Schemas[S] = SCHEMAS[name];
  if (data !== NOT_JSON) {
    const live = schemas.live.safeParse(data);
    // Parsed by S's own schema; TypeScript cannot narrow SCHEMAS[name] by a generic key, hence the cast.
    if (live.success) return { kind: 'live', record: live.data as unknown as LiveRecord<S> };
    if (schemas.tombstone.safeParse(data).success) return { kind: 'tombstone' };
  }
  if (!quiet)
    console.error(`storage: a record in the ${name} store does not match the current format; treating it as absent`);
  return { kind: 'unreadable' };
}
