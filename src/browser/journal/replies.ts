// Replies to a shared reflection, the owner's side: the journal fetches its shares' replies, opens them with each
// link's key (../share/), and keeps them in the reply cache (reply-cache.ts) so they read offline.
import * as api from '../vault-api';
import { byAge, openReplies, parseShareFragment } from '../share';
import type { JournalEnv } from './env';
import {
  forgetRepliesExcept,
  loadReplyCache,
  moveOlderReplies,
  repliesOf,
  sameReplies,
  updateReplyCache,
  type ReplyCache,
} from './reply-cache';
import { loadJournal } from './store';
import type { Journal, JournalShare, ShareReply } from './types';

/** The replies to every share made from one saved reflection, oldest first. */
export function repliesForEntry(journal: Journal, cache: ReplyCache, localId: string): ShareReply[] {
  return journal.shares
    .filter((s) => s.entryLocalId === localId)
    .flatMap((s) => repliesOf(cache, s))
    .sort(byAge);
}

/**
 * For the owner: fetches every live share's replies, opens them with the link's key and keeps them in the reply
 * cache (read-only on the server, so no lock; the journal itself is not written). A share that is gone (404) has no
 * replies any more. Returns how many replies are new to this browser. Offline: throws OfflineError, and what was
 * cached stays.
 */
export async function fetchReplies(env: JournalEnv, now = new Date()): Promise<number> {
  const journal = loadJournal(env.storage);
  moveOlderReplies(env.storage, journal);
  const live = journal.shares.filter((s) => Date.parse(s.expiresAt) > now.getTime());
  const before = loadReplyCache(env.storage);
  const fetched = await Promise.all(
    live.map(async (share) => {
      const parts = parseShareFragment(share.link.slice(share.link.indexOf('#')));
      if (!parts || parts.id !== share.id) return undefined;
      const answer = await api.fetchShare(env.fetch, share.id);
      const opened = answer.kind === 'found' ? await openReplies(parts.key, share.id, answer.replies) : [];
      return { share, replies: opened.filter((r): r is ShareReply => r.text !== null) };
    }),
  );
  const changed = fetched.filter(
    (f): f is { share: JournalShare; replies: ShareReply[] } =>
      f !== undefined && !sameReplies(repliesOf(before, f.share), f.replies),
  );
  // The shares still in the journal now (one may have been revoked or deleted while the replies were on their way,
  // or by a tab that does not clear replies): the cache keeps only theirs, even when nothing new came.
  const shareIds = loadJournal(env.storage).shares.map((s) => s.id);
  if (changed.length === 0) {
    forgetRepliesExcept(env.storage, shareIds);
    return 0;
  }
  return updateReplyCache(env.storage, shareIds, (cache) => {
    let added = 0;
    for (const { share, replies } of changed) {
      // Changed here while the answers were on their way (a reply deleted in this or another tab): writing this
      // older answer would bring the deleted reply back; the next fetch brings the server's newer answer.
      if (!sameReplies(repliesOf(cache, share), repliesOf(before, share))) continue;
      const known = new Set(repliesOf(cache, share).map((r) => r.id));
      cache[share.id] = replies;
      added += replies.filter((r) => !known.has(r.id)).length;
    }
    return added;
  });
}

/** The owner deletes one reply (with the share's owner token); already gone on the server counts as deleted. */
export async function deleteReply(env: JournalEnv, shareId: string, replyId: string): Promise<void> {
  const journal = loadJournal(env.storage);
  moveOlderReplies(env.storage, journal);
  const share = journal.shares.find((s) => s.id === shareId);
  // Revoked meanwhile (here or in another tab): the link and its replies are already gone.
  if (!share) return;
  await api.deleteReply(env.fetch, shareId, share.token, replyId);
  // The shares in the journal now, read after the answer: one may have been revoked meanwhile.
  updateReplyCache(
    env.storage,
    loadJournal(env.storage).shares.map((s) => s.id),
    (cache) => void (cache[shareId] = repliesOf(cache, share).filter((r) => r.id !== replyId)),
  );
}
