// Replies at rest: a share's readers write ciphertext into at most 20 numbered slots (`<shareId>/00` … `/19`),
// each taken only if free (onlyIfNew; or, If-Match, from a delete long abandoned), so the cap holds however many
// replies race; the share's owner deletes them one by one, and revoking or expiring the share deletes them all: at
// the revoke, at the first read after the expiry (best effort), and in the hourly cleanup.
import { randomBytes } from 'node:crypto';
import { MAX_REPLIES_PER_SHARE, type ReplyRequest, type StoredReplyAnswer } from '../../src/shared/schemas/vault';
import {
  RECORD_FORMAT,
  ReplyTombstoneSchema,
  readStored,
  type LiveRecord,
  type ReplyRecord,
  type ReplyTombstone,
} from './records';
import { ShareExpiredError, readShare, revokeShare } from './share-store';
import {
  NOT_JSON,
  STORE_NAMES,
  StoreUnavailableError,
  deleteBlob,
  listKeys,
  newWriteId,
  readBlob,
  readForWrite,
  store,
  withKeyLock,
  writeIfMatch,
  writeIfNew,
  type WriteOutcome,
} from './storage';
import { tokenMatches } from './tokens';

const REPLIES = STORE_NAMES.replies;
const SLOTS = Array.from({ length: MAX_REPLIES_PER_SHARE }, (_, slot) => String(slot).padStart(2, '0'));
const slotKey = (shareId: string, slot: string) => `${shareId}/${slot}`;

export type ReplyCreateOutcome = { kind: 'created'; id: string; createdAt: string } | { kind: 'full' };

/** A stored reply, or undefined when the slot is empty, holds a reply being deleted, or something unreadable. */
async function readSlot(key: string): Promise<LiveRecord<'replies'> | undefined> {
  const found = await readBlob(REPLIES, key);
  const stored = found ? readStored(REPLIES, found.data) : undefined;
  return stored?.kind === 'live' ? stored.record : undefined;
}

/** The slot keys the store lists for a share: a hint only (a listing can miss a key), never the last word. */
async function listedSlots(shareId: string): Promise<Set<string>> {
  const { blobs } = await store(REPLIES).list({ prefix: `${shareId}/` });
  return new Set(blobs.map((blob) => blob.key));
}

/** Runs `work` on a share; when it finds the share expired, the share's replies go now (the cleanup sweeps any left). */
async function goingWithShare<T>(shareId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ShareExpiredError) {
      await deleteRepliesOf(shareId).catch((e: unknown) =>
        console.error(
          `replies: an expired share's replies could not all be deleted yet (${e instanceof Error ? e.name : 'unknown'}); the cleanup will`,
        ),
      );
    }
    throw error;
  }
}

/** A live share for its readers (NotFoundError otherwise); one found expired takes its replies with it. */
export const readLiveShare = (shareId: string, now = new Date()) =>
  goingWithShare(shareId, () => readShare(shareId, now));

/**
 * Revokes a share for its owner, then deletes its replies: after the share has ended, so a reply racing the revoke
 * removes itself (see addReply). An expired share's replies go too, and the answer is NotFoundError.
 */
export async function revokeWithReplies(shareId: string, token: string): Promise<void> {
  await goingWithShare(shareId, () => revokeShare(shareId, token));
  await deleteRepliesOf(shareId);
}

/**
 * How long a reply's tombstone may stand before a new reply may take its slot. A delete writes the tombstone, then
 * empties the slot; a delete cut off between the two (its instance stopped) would otherwise keep the slot taken for
 * as long as the share lives. Ten times the longest a synchronous Netlify function may run (60 s), which also covers
 * the store client's retries and instances whose clocks differ: the delete that wrote the tombstone can no longer
 * empty the slot under the new reply.
 */
export const ABANDONED_TOMBSTONE_MS = 10 * 60_000;

/**
 * The slots of a share that hold a reply tombstone older than ABANDONED_TOMBSTONE_MS, each with its version (ETag)
 * for the conditional write. Read side by side; only a stale tombstone costs a second read (its ETag), and a slot
 * whose version the store cannot give is left for a later reply (the share then answers "full", not an error).
 */
async function abandonedSlots(shareId: string, now: Date): Promise<{ key: string; etag: string }[]> {
  const isStale = (data: unknown) => {
    const tombstone = ReplyTombstoneSchema.safeParse(data);
    return tombstone.success && now.getTime() - Date.parse(tombstone.data.deletedAt) > ABANDONED_TOMBSTONE_MS;
  };
  const keys = SLOTS.map((slot) => slotKey(shareId, slot));
  const found = await Promise.all(keys.map((key) => readBlob(REPLIES, key)));
  const stale = keys.filter((_, i) => found[i] && isStale(found[i]!.data));
  const versions = await Promise.all(
    stale.map((key) =>
      readForWrite(REPLIES, key).then(
        (again) => (again && isStale(again.data) ? { key, etag: again.etag } : undefined),
        (error: unknown) => {
          if (error instanceof StoreUnavailableError) return undefined;
          throw error;
        },
      ),
    ),
  );
  return versions.filter((v) => v !== undefined);
}

/**
 * Stores a reply to a live share in the first free slot, or, when none is free, in a slot an interrupted delete
 * left behind (abandonedSlots). The share is checked before and again after the write: a revoke (or expiry)
 * that lands in between would miss this reply, so the reply removes itself and the answer is NotFoundError, as if it
 * had come after the revoke.
 */
export async function addReply(shareId: string, payload: ReplyRequest, now = new Date()): Promise<ReplyCreateOutcome> {
  await readLiveShare(shareId, now);
  const taken = await listedSlots(shareId);
  const id = randomBytes(16).toString('base64url');
  const createdAt = now.toISOString();
  const record = (): ReplyRecord => ({ format: RECORD_FORMAT, id, payload, createdAt, writeId: newWriteId() });

  /** Writes the reply into `key` with `write`; true once it is stored and the share still live. */
  async function claim(key: string, write: () => Promise<WriteOutcome>): Promise<boolean> {
    // The store's atomic condition is the guard, between instances as within one (the lock only spares retries).
    let outcome: WriteOutcome | StoreUnavailableError;
    try {
      outcome = await withKeyLock(REPLIES, key, write);
    } catch (error) {
      // A write the store could not confirm may still have landed: it too must not outlive a revoke.
      if (!(error instanceof StoreUnavailableError)) throw error;
      outcome = error;
    }
    if (outcome === 'refused') return false;
    try {
      await readLiveShare(shareId);
    } catch (error) {
      await deleteBlob(REPLIES, key);
      throw error;
    }
    if (outcome instanceof StoreUnavailableError) throw outcome;
    return true;
  }

  for (const slot of SLOTS) {
    const key = slotKey(shareId, slot);
    if (!taken.has(key) && (await claim(key, () => writeIfNew(REPLIES, key, record()))))
      return { kind: 'created', id, createdAt };
  }
  for (const { key, etag } of await abandonedSlots(shareId, now))
    if (await claim(key, () => writeIfMatch(REPLIES, key, record(), etag))) return { kind: 'created', id, createdAt };
  return { kind: 'full' };
}

/** A share's replies for its readers, oldest first (by createdAt, then id); unreadable slots are left out. */
export async function listReplies(shareId: string): Promise<StoredReplyAnswer[]> {
  const keys = [...(await listedSlots(shareId))].filter((key) => SLOTS.includes(key.slice(shareId.length + 1)));
  const records = (await Promise.all(keys.map(readSlot))).filter((r) => r !== undefined);
  records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return records.map(({ id, payload, createdAt }) => ({ ...payload, id, createdAt }));
}

/**
 * Deletes one reply for the share's owner. Absent or expired share: NotFoundError; another token: 'forbidden';
 * no reply by that id: 'absent'. Every slot is read (no listing), so a reply is never missed.
 */
export async function deleteReply(
  shareId: string,
  token: string,
  replyId: string,
): Promise<'deleted' | 'forbidden' | 'absent'> {
  const share = await readLiveShare(shareId);
  if (!tokenMatches(token, share.ownerTokenHash)) return 'forbidden';
  for (const slot of SLOTS) {
    const key = slotKey(shareId, slot);
    const deleted = await withKeyLock(REPLIES, key, async () => {
      if ((await readSlot(key))?.id !== replyId) return false;
      // A store delete has no condition. So the reply is first replaced, If-Match on the version just checked, by a
      // tombstone no new reply can take (onlyIfNew; not for ABANDONED_TOMBSTONE_MS); only then is the slot emptied.
      // A second delete of the same reply racing this one is refused at the store, and can never remove a new reply
      // that took the slot.
      const found = await readForWrite(REPLIES, key);
      const stored = found ? readStored(REPLIES, found.data) : undefined;
      if (!found || stored?.kind !== 'live' || stored.record.id !== replyId) return false;
      const tombstone: ReplyTombstone = {
        format: RECORD_FORMAT,
        tombstone: true,
        deletedAt: new Date().toISOString(),
        writeId: newWriteId(),
      };
      if ((await writeIfMatch(REPLIES, key, tombstone, found.etag)) !== 'written') return false;
      await deleteBlob(REPLIES, key);
      return true;
    });
    if (deleted) return 'deleted';
  }
  return 'absent';
}

/**
 * Deletes every reply slot of a share, whether the listing shows it or not. Called after the share record is
 * gone, so no new reply can stay (addReply re-checks the share after writing).
 */
export async function deleteRepliesOf(shareId: string): Promise<void> {
  await Promise.all(SLOTS.map((slot) => deleteBlob(REPLIES, slotKey(shareId, slot))));
}

/**
 * Deletes the replies of every share that has ended or is absent (expired and swept, revoked while a reply was being
 * written, or a revoke that stopped halfway); returns how many shares' replies went. Share ids are never reused,
 * so those replies can never be read again.
 */
export async function deleteOrphanReplies(): Promise<number> {
  const shareIds = new Set<string>();
  for await (const key of listKeys(REPLIES)) shareIds.add(key.split('/')[0] ?? '');
  let swept = 0;
  for (const shareId of shareIds) {
    if (!shareId) continue;
    const share = await readBlob(STORE_NAMES.shares, shareId);
    // A share in a format this code cannot read keeps its replies, as the share itself is kept.
    const ended =
      share === null || (share.data !== NOT_JSON && readStored(STORE_NAMES.shares, share.data).kind === 'tombstone');
    if (!ended) continue;
    await deleteRepliesOf(shareId);
    swept++;
  }
  return swept;
}
