// Journal entries at rest: create only if absent, update and delete only on the revision the client names,
// each through a conditional write at the store (storage.ts), so no two writes can both claim one revision.
// A delete leaves a tombstone for good, so a deleted id is never used again.
import { type EncryptedPayload } from '../../src/shared/schemas/vault';
import { RECORD_FORMAT, readStored, type EntryRecord, type EntryTombstone, type LiveRecord } from './records';
import {
  KeptChangingError,
  NotFoundError,
  STORE_NAMES,
  newWriteId,
  readBlob,
  readForWrite,
  withKeyLock,
  writeIfMatch,
  writeIfNew,
} from './storage';
import { hashToken, tokenMatches } from './tokens';

const ENTRIES = STORE_NAMES.entries;
/** A conditional write refused because the blob changed under it is tried again from the read, this often. */
const ATTEMPTS = 3;

/** The client's precondition does not hold for the stored revision. */
export class PreconditionFailedError extends Error {
  constructor(readonly currentRevision: number) {
    super(`precondition failed; current revision is ${currentRevision}`);
    this.name = 'PreconditionFailedError';
  }
}

/** Decides from the stored revision whether the request may go ahead (the handler's If-Match). */
export type RevisionCondition = (currentRevision: number) => boolean;

export type CreateOutcome =
  | { kind: 'created'; revision: 1; updatedAt: string }
  /** The id holds an entry with this owner token: a retried create learns its revision. */
  | { kind: 'exists'; revision: number }
  /** The id held an entry that was deleted: it is never used again, by anyone. */
  | { kind: 'gone' }
  /** The id holds something this token does not own (or cannot be read): nothing more is said. */
  | { kind: 'taken' };

/** An entry as read. */
export type EntryState = LiveRecord<'entries'>;

function owned(data: unknown, token: string): EntryState | undefined {
  const stored = readStored(ENTRIES, data);
  return stored.kind === 'live' && tokenMatches(token, stored.record.ownerTokenHash) ? stored.record : undefined;
}

/** Stores a new entry under the id the browser chose, only if the id is free. Never overwrites anything. */
export async function createEntry(id: string, token: string, payload: EncryptedPayload): Promise<CreateOutcome> {
  return withKeyLock(ENTRIES, id, async () => {
    const now = new Date().toISOString();
    const record: EntryRecord = {
      format: RECORD_FORMAT,
      payload,
      ownerTokenHash: hashToken(token),
      revision: 1,
      createdAt: now,
      updatedAt: now,
      writeId: newWriteId(),
    };
    if ((await writeIfNew(ENTRIES, id, record)) === 'written') return { kind: 'created', revision: 1, updatedAt: now };
    const existing = await readBlob(ENTRIES, id);
    if (!existing) return { kind: 'taken' }; // only a blob removed by hand (tombstones stay): the browser picks another id
    const stored = readStored(ENTRIES, existing.data);
    if (stored.kind === 'tombstone') return { kind: 'gone' };
    const mine = stored.kind === 'live' && tokenMatches(token, stored.record.ownerTokenHash);
    return mine ? { kind: 'exists', revision: stored.record.revision } : { kind: 'taken' };
  });
}

export async function readEntry(id: string, token: string): Promise<EntryState> {
  const found = await readBlob(ENTRIES, id);
  const entry = found ? owned(found.data, token) : undefined;
  if (!entry) throw new NotFoundError();
  return entry;
}

/**
 * Replaces the ciphertext if `condition` holds for the stored revision, writing revision + 1 with If-Match
 * on the store's ETag of exactly the record that was checked.
 */
export async function updateEntry(
  id: string,
  token: string,
  condition: RevisionCondition,
  payload: EncryptedPayload,
): Promise<EntryState> {
  return withKeyLock(ENTRIES, id, async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const found = await readForWrite(ENTRIES, id);
      const entry = found ? owned(found.data, token) : undefined;
      if (!found || !entry) throw new NotFoundError();
      if (!condition(entry.revision)) throw new PreconditionFailedError(entry.revision);
      const next: EntryRecord = {
        ...entry,
        payload,
        revision: entry.revision + 1,
        updatedAt: new Date().toISOString(),
        writeId: newWriteId(),
      };
      if ((await writeIfMatch(ENTRIES, id, next, found.etag)) === 'written') return next;
      // Refused at the store: another process wrote in between. Read again; the condition decides.
    }
    throw new KeptChangingError('the entry');
  });
}

/**
 * Deletes the entry, if `condition` holds (by default it always does): a tombstone replaces exactly the checked
 * record (If-Match at the store) and stays. So a delete naming revision 3 never removes revision 4, and a create
 * racing the delete either came first (and is deleted) or meets the tombstone (410): the id never comes back.
 */
export async function deleteEntry(id: string, token: string, condition: RevisionCondition = () => true): Promise<void> {
  await withKeyLock(ENTRIES, id, async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const found = await readForWrite(ENTRIES, id);
      const entry = found ? owned(found.data, token) : undefined;
      if (!found || !entry) throw new NotFoundError();
      if (!condition(entry.revision)) throw new PreconditionFailedError(entry.revision);
      const tombstone: EntryTombstone = {
        format: RECORD_FORMAT,
        tombstone: true,
        revision: entry.revision,
        deletedAt: new Date().toISOString(),
        writeId: newWriteId(),
      };
      if ((await writeIfMatch(ENTRIES, id, tombstone, found.etag)) === 'written') return;
    }
    throw new KeptChangingError('the entry');
  });
}
