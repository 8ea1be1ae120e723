// Shares at rest: published once under the id the browser chose (create only if absent), readable by anyone
// with the id until they expire, revoked by their owner. A revoked or expired share is replaced by a tombstone
// (the id and the time) that stays for good, so whoever holds an old link can never publish under its id.
import { type EncryptedPayload } from '../../src/shared/schemas/vault';
import {
  RECORD_FORMAT,
  readStored,
  shareExpiry,
  type LiveRecord,
  type ShareRecord,
  type ShareTombstone,
} from './records';
import {
  KeptChangingError,
  NOT_JSON,
  NotFoundError,
  STORE_NAMES,
  StoreUnavailableError,
  listKeys,
  newWriteId,
  readBlob,
  readForWrite,
  withKeyLock,
  writeIfMatch,
  writeIfNew,
} from './storage';
import { hashToken, tokenMatches } from './tokens';

const SHARES = STORE_NAMES.shares;
/** A tombstone write refused because the blob changed under it is tried again from the read, this often. */
const ATTEMPTS = 3;

/**
 * The share's expiry has passed: it reads as absent from this moment, and whoever meets this must let its
 * replies go too (reply-store.ts does). A NotFoundError, so every caller that does not care answers 404.
 */
export class ShareExpiredError extends NotFoundError {
  constructor() {
    super();
    this.name = 'ShareExpiredError';
  }
}

export type ShareCreateOutcome =
  | { kind: 'created'; createdAt: string; expiresAt: string }
  /** The id holds this owner's share already: a retried create learns it was made, and when it expires. */
  | { kind: 'exists'; createdAt: string; expiresAt: string }
  /** The id held a share that was revoked or has expired: it is never used again, by anyone. */
  | { kind: 'gone' }
  | { kind: 'taken' };

/** A share as read. */
export type ShareState = LiveRecord<'shares'>;

const isExpired = (record: ShareState, now: Date) => new Date(record.expiresAt) <= now;

/**
 * Replaces what `id` holds by a tombstone, once `check` accepts it (check throws to stop: nothing is written).
 * If-Match on the ETag of exactly the blob checked, so nothing is written over a blob that was not checked.
 */
async function endShare<T>(id: string, check: (data: unknown) => T): Promise<T> {
  return withKeyLock(SHARES, id, async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const found = await readForWrite(SHARES, id);
      if (!found) throw new NotFoundError();
      const verdict = check(found.data);
      const tombstone: ShareTombstone = {
        format: RECORD_FORMAT,
        tombstone: true,
        endedAt: new Date().toISOString(),
        writeId: newWriteId(),
      };
      if ((await writeIfMatch(SHARES, id, tombstone, found.etag)) === 'written') return verdict;
      // Refused at the store: changed in between (only another ending can do that). Read again; check decides.
    }
    throw new KeptChangingError('the share');
  });
}

/** The check for ending a share that has expired; a live share, or a tombstone (it has no expiry), stops it. */
const expiredBy = (now: Date) => (data: unknown) => {
  const expiry = data === NOT_JSON ? undefined : shareExpiry(data);
  if (!expiry || expiry > now) throw new NotFoundError();
};

/**
 * Publishes a share, only if the id is free; never overwrites anything, not an expired share nor a tombstone
 * (a share id is random per share, so only a retry of the same create can meet its own id again).
 */
export async function createShare(
  id: string,
  token: string,
  payload: EncryptedPayload,
  expiresInDays: number,
  now = new Date(),
): Promise<ShareCreateOutcome> {
  return withKeyLock(SHARES, id, async () => {
    const createdAt = now.toISOString();
    const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000).toISOString();
    const record: ShareRecord = {
      format: RECORD_FORMAT,
      payload,
      ownerTokenHash: hashToken(token),
      createdAt,
      expiresAt,
      writeId: newWriteId(),
    };
    if ((await writeIfNew(SHARES, id, record)) === 'written') return { kind: 'created', createdAt, expiresAt };
    const existing = await readBlob(SHARES, id);
    const stored = existing ? readStored(SHARES, existing.data) : undefined;
    if (stored?.kind === 'tombstone' || (stored?.kind === 'live' && isExpired(stored.record, now)))
      return { kind: 'gone' };
    if (stored?.kind === 'live' && tokenMatches(token, stored.record.ownerTokenHash)) {
      return { kind: 'exists', createdAt: stored.record.createdAt, expiresAt: stored.record.expiresAt };
    }
    return { kind: 'taken' };
  });
}

/**
 * A share anyone with its id may read, until it expires. Found expired, it becomes a tombstone there and then
 * (best effort: if the store cannot confirm it, the hourly cleanup does it) and the answer is ShareExpiredError.
 */
export async function readShare(id: string, now = new Date()): Promise<ShareState> {
  const found = await readBlob(SHARES, id);
  const stored = found ? readStored(SHARES, found.data) : undefined;
  if (stored?.kind !== 'live') throw new NotFoundError();
  if (!isExpired(stored.record, now)) return stored.record;
  try {
    await endShare(id, expiredBy(now));
  } catch (error) {
    // NotFoundError: another request ended it first. Either way it is not served.
    if (!(error instanceof NotFoundError))
      console.error(
        `shares: an expired share could not be ended yet (${error instanceof Error ? error.name : 'unknown'}); the cleanup will`,
      );
  }
  throw new ShareExpiredError();
}

/**
 * Revokes a share for its owner: a tombstone takes its place. Absent, revoked or someone else's: NotFoundError;
 * expired: ended all the same, and ShareExpiredError (to the owner, as absent as to anyone).
 */
export async function revokeShare(id: string, token: string, now = new Date()): Promise<void> {
  const expired = await endShare(id, (data) => {
    const stored = readStored(SHARES, data);
    if (stored.kind !== 'live' || !tokenMatches(token, stored.record.ownerTokenHash)) throw new NotFoundError();
    return isExpired(stored.record, now);
  });
  if (expired) throw new ShareExpiredError();
}

/**
 * Turns every share whose expiry has passed into a tombstone; returns how many. The expiry is read leniently (any
 * JSON object with a date in `expiresAt`), so a record in a newer format still ends; one without a readable expiry
 * is kept. One share the store cannot end now is left for the next run, not the end of this one.
 */
export async function endExpiredShares(now = new Date()): Promise<number> {
  let ended = 0;
  for await (const key of listKeys(SHARES)) {
    const found = await readBlob(SHARES, key);
    if (!found || found.data === NOT_JSON) continue;
    const expiry = shareExpiry(found.data);
    if (!expiry || expiry > now) continue;
    try {
      await endShare(key, expiredBy(now));
      ended++;
    } catch (error) {
      if (error instanceof NotFoundError) continue; // ended meanwhile by a read or a revoke
      if (!(error instanceof StoreUnavailableError || error instanceof KeptChangingError)) throw error;
      console.error(`cleanup-shares: ${error.name}: ${error.message}; left for the next run`);
    }
  }
  return ended;
}
