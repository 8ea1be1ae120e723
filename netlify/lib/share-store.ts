// Shares at rest: published once under the id the browser chose (create only if absent), readable by anyone
// with the id until they expire, revoked by their owner, and swept by the hourly cleanup.
import { type EncryptedPayload } from '../../src/shared/schemas/vault';
import { readShareBlob, shareExpiry, type ShareRecord, type ShareState } from './records';
import { NOT_JSON, NotFoundError, STORE_NAMES, deleteBlob, listKeys, newWriteId, readBlob, withKeyLock, writeIfNew } from './storage';
import { hashToken, tokenMatches } from './tokens';

const SHARES = STORE_NAMES.shares;

export type ShareCreateOutcome =
  | { kind: 'created'; createdAt: string; expiresAt: string }
  /** The id holds this owner's share already: a retried create learns it was made, and when it expires. */
  | { kind: 'exists'; createdAt: string; expiresAt: string }
  | { kind: 'taken' };

/**
 * Publishes a share, only if the id is free; never overwrites, not even an expired share (a share id is
 * random per share, so only a retry of the same create can meet its own id again).
 */
export async function createShare(id: string, token: string, payload: EncryptedPayload, expiresInDays: number, now = new Date()): Promise<ShareCreateOutcome> {
  return withKeyLock(SHARES, id, async () => {
    const createdAt = now.toISOString();
    const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000).toISOString();
    const record: ShareRecord = { format: 2, payload, ownerTokenHash: hashToken(token), createdAt, expiresAt, writeId: newWriteId() };
    if ((await writeIfNew(SHARES, id, record)) === 'written') return { kind: 'created', createdAt, expiresAt };
    const existing = await readBlob(SHARES, id);
    const stored = existing ? readShareBlob(existing.data) : undefined;
    if (stored?.kind === 'share' && tokenMatches(token, stored.record.ownerTokenHash)) {
      return { kind: 'exists', createdAt: stored.record.createdAt, expiresAt: stored.record.expiresAt };
    }
    return { kind: 'taken' };
  });
}

/** A share anyone with its id may read, until it expires; an expired one is deleted on sight. */
export async function readShare(id: string, now = new Date()): Promise<ShareState> {
  const found = await readBlob(SHARES, id);
  const stored = found ? readShareBlob(found.data) : undefined;
  if (stored?.kind !== 'share') throw new NotFoundError();
  if (new Date(stored.record.expiresAt) <= now) {
    // Safe to delete without a condition: shares are never overwritten, so nothing newer can be here.
    await deleteBlob(SHARES, id);
    throw new NotFoundError();
  }
  return stored.record;
}

/** Revokes a share for its owner; absent, expired or someone else's is a NotFoundError. */
export async function deleteShare(id: string, token: string, now = new Date()): Promise<void> {
  await withKeyLock(SHARES, id, async () => {
    const found = await readBlob(SHARES, id);
    const stored = found ? readShareBlob(found.data) : undefined;
    if (stored?.kind !== 'share' || !tokenMatches(token, stored.record.ownerTokenHash) || new Date(stored.record.expiresAt) <= now) {
      throw new NotFoundError();
    }
    await deleteBlob(SHARES, id);
  });
}

/**
 * Deletes every share whose expiry has passed; returns how many. The expiry is read leniently (any JSON object
 * with a date in `expiresAt`), and a share is deleted only when that date is in the past: a record this code
 * cannot otherwise parse, e.g. one written by a newer version before a rollback, is kept.
 */
export async function deleteExpiredShares(now = new Date()): Promise<number> {
  let deleted = 0;
  for await (const key of listKeys(SHARES)) {
    const found = await readBlob(SHARES, key);
    if (!found || found.data === NOT_JSON) continue;
    const expiry = shareExpiry(found.data);
    if (expiry && expiry <= now) {
      await deleteBlob(SHARES, key);
      deleted++;
    }
  }
  return deleted;
}
