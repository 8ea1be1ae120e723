// The sync model's commitment checks: every commitment change a device held as synced is on the server (or a later
// change of it is), and marking commitments never makes a conflict. Also opens server copies for the model.
import { expect } from 'vitest';
import { loadJournal } from '../../src/browser/journal/store';
import type { EntryContent } from '../../src/shared/model/entry-content';
import { entryAad, type SealedPayload } from '../../src/shared/model/sealed-payload';
import { decryptJson } from '../../src/browser/vault-crypto';
import { serverStore, type Device } from './journal-world';

/** What the model notes about commitments as it runs. */
export interface CommitmentRecord {
  keys: Set<string>;
  deleted: Set<string>;
  /** Commitment versions a device held as synced: its id, when it was changed, and the entry and revision. */
  commitmentAcks: { id: string; updatedAt: string; entryId: string; revision: number }[];
  /** Entry id → the highest server revision a "Keep this version" knowingly wrote over (what it may lose). */
  keptOver: Map<string, number>;
}

/** The content the server holds for an entry, opened with any key this run has seen. */
export async function serverCopy(id: string, keys: Set<string>): Promise<{ revision: number; content: EntryContent }> {
  const stored = await serverStore.read('entries', id);
  const revision = stored?.['revision'] as number;
  for (const key of keys) {
    const opened = await decryptJson(key, stored?.['payload'] as SealedPayload, entryAad(id, revision)).catch(
      () => undefined,
    );
    if (opened) return { revision, content: opened as EntryContent };
  }
  throw new Error(`the server copy of ${id} opens with no key of this journal`);
}

/**
 * Every commitment version a device held as synced is on the server, or a later change of it is — unless its entry was
 * deleted, or a "Keep this version" knowingly wrote over the revision it was acknowledged at.
 */
export async function checkCommitments(devices: Device[], record: CommitmentRecord): Promise<void> {
  // Marking commitments never asks the person to choose: a conflict is always about more than commitments.
  const withoutCommitments = (c: EntryContent) => JSON.stringify({ ...c, savedAt: '', commitments: [] });
  for (const device of devices) {
    for (const e of loadJournal(device.storage).entries.filter((x) => x.sync === 'conflict')) {
      if (!(await serverStore.read('entries', e.id))) continue;
      expect(
        withoutCommitments((await serverCopy(e.id, record.keys)).content),
        `a conflict on ${e.id} about commitments only`,
      ).not.toBe(withoutCommitments(e.content));
    }
  }
  const latest = new Map<string, string>();
  for (const id of await serverStore.keys('entries')) {
    for (const c of (await serverCopy(id, record.keys)).content.commitments ?? [])
      if (c.updatedAt > (latest.get(c.id) ?? '')) latest.set(c.id, c.updatedAt);
  }
  for (const ack of record.commitmentAcks) {
    if (record.deleted.has(ack.entryId) || ack.revision <= (record.keptOver.get(ack.entryId) ?? 0)) continue;
    expect(
      latest.get(ack.id) ?? 'lost',
      `commitment ${ack.id} acknowledged at ${ack.entryId}@${ack.revision}`,
    ).not.toBe('lost');
    expect(
      latest.get(ack.id)! >= ack.updatedAt,
      `commitment ${ack.id}: the server has ${latest.get(ack.id)}, acknowledged ${ack.updatedAt}`,
    ).toBe(true);
  }
}
