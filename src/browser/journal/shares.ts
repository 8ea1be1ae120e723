// Shared summaries, the owner's side: made under a fresh key that only the link carries (after the #), bound to
// their id, with their expiry sealed inside; revoked on request. The reader's side is ../share/.
import { LINK_KEY_BYTES } from '../../shared/model/ids';
import { shareAad } from '../../shared/model/sealed-payload';
import type { ShareContent, ShareExpiryDays } from '../../shared/model/share-content';
import { JOURNAL_LOCK } from '../storage-keys';
import * as api from '../vault-api';
import { encryptJson, randomBase64Url } from '../vault-crypto';
import type { JournalEnv } from './env';
import { forgetRepliesExcept } from './reply-cache';
import { newEntryId, newToken, removeTombstone, updateJournal } from './store';
import type { JournalShare } from './types';

const DAY_MS = 86_400_000;
/** Attempts per share (a lost answer is retried with the same id; the server's 412 says it was made). */
const CREATE_TRIES = 3;

/**
 * Publishes a summary (or, with `kind: 'update'`, an update for the mentor) for 1, 7 or 30 days. Recorded as "to
 * delete" before the first request, so a share whose answer never arrives is deleted by the next sync instead of
 * living on unlisted; made, it moves to the journal's list.
 */
export async function shareSummary(
  env: JournalEnv,
  content: Pick<ShareContent, 'setTitle' | 'summary' | 'source' | 'note' | 'kind'>,
  expiresInDays: ShareExpiryDays,
  entryLocalId: string | null,
): Promise<JournalShare> {
  return env.locks.request(JOURNAL_LOCK, async () => {
    const key = randomBase64Url(LINK_KEY_BYTES);
    const sharedAt = new Date();
    const full: ShareContent = {
      v: 2,
      ...content,
      sharedAt: sharedAt.toISOString(),
      expiresAt: new Date(sharedAt.getTime() + expiresInDays * DAY_MS).toISOString(),
    };
    let id = newEntryId();
    const token = newToken();
    let lastError: unknown;
    for (let tries = 0; tries < CREATE_TRIES; tries++) {
      const payload = await encryptJson(key, full, shareAad(id));
      updateJournal(
        env.storage,
        (j) => void (j.tombstones.some((t) => t.id === id) || j.tombstones.push({ kind: 'share', id, token })),
      );
      let answer: api.ShareCreate;
      try {
        answer = await api.createShare(env.fetch, id, token, payload, expiresInDays);
      } catch (error) {
        if (!(error instanceof api.OfflineError)) throw error;
        lastError = error;
        continue;
      }
      if (answer.kind === 'id-taken' || answer.kind === 'gone') {
        // Someone else's id, or ours already revoked (a sync finished the queued deletion while an answer was lost):
        // ids are never reused, so a fresh one. The old id's tombstone goes when the next sync finds nothing there.
        id = newEntryId();
        continue;
      }
      const share: JournalShare = {
        id,
        token,
        link: `${env.origin}/s/#${id}.${key}`,
        expiresAt: full.expiresAt,
        createdAt: full.sharedAt,
        entryLocalId,
        setTitle: content.setTitle,
        ...(content.kind ? { kind: content.kind } : {}),
      };
      updateJournal(env.storage, (j) => {
        j.tombstones = j.tombstones.filter((t) => t.id !== id);
        j.shares.push(share);
      });
      return share;
    }
    throw lastError ?? new api.OfflineError();
  });
}

/** Revokes a link. Returns true when the server confirmed; false when it waits for a connection (still queued). */
export async function revokeShare(env: JournalEnv, id: string): Promise<boolean> {
  return env.locks.request(JOURNAL_LOCK, async () => {
    const { share, left } = updateJournal(env.storage, (j) => {
      const found = j.shares.find((s) => s.id === id);
      if (found) j.tombstones.push({ kind: 'share', id, token: found.token });
      j.shares = j.shares.filter((s) => s.id !== id);
      return { share: found, left: j.shares.map((s) => s.id) };
    });
    // Its replies leave this browser with it, even while the server's copy waits for a connection.
    forgetRepliesExcept(env.storage, left);
    if (!share) return true;
    try {
      await api.deleteShare(env.fetch, id, share.token);
    } catch (error) {
      if (error instanceof api.OfflineError) return false;
      throw error;
    }
    updateJournal(env.storage, (j) => removeTombstone(j, { kind: 'share', id, token: share.token }));
    return true;
  });
}
