// Replies to a shared reflection. The reader writes one on /s/: it is encrypted in their browser with the link's key,
// bound to the share (replyAad), and sent as ciphertext. The owner's journal fetches its shares' replies, opens them
// with each link's key, and keeps them in the reply cache (reply-cache.ts) so they read offline.
import * as api from '../vault-api';
import { decryptJson, encryptJson, replyAad } from '../vault-crypto';
import type { JournalEnv } from './env';
import { parseShareFragment } from './shares';
import { forgetRepliesExcept, loadReplyCache, moveOlderReplies, repliesOf, sameReplies, updateReplyCache, type ReplyCache } from './reply-cache';
import { loadJournal } from './store';
import type { Journal, JournalShare, ShareReply } from './types';
import { isObject } from './validate';

/** What a reply's ciphertext holds. */
export interface ReplyContent {
  v: 1;
  text: string;
  writtenAt: string;
}

/** The most characters a reply holds (after trimming). */
export const REPLY_MAX_CHARS = 4000;
/** The server's cap on a reply's request body; checked here first so the person hears it before sending. */
const REPLY_MAX_BYTES = 16 * 1024;

/** A reply in the viewer's thread; `text: null` when it does not open with this link's key. */
export interface ThreadReply {
  id: string;
  createdAt: string;
  text: string | null;
}

/** A reply that was not sent, with a sentence that says why and what to do; the person's text is kept. */
export class ReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplyError';
  }
}

const byAge = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

async function openOne(key: string, shareId: string, reply: api.SealedReply): Promise<ThreadReply> {
  try {
    // Reply format 1 is always AES-GCM with associated data: what the cipher module calls its format 2.
    const plain = await decryptJson(key, { v: 2, iv: reply.iv, ciphertext: reply.ciphertext }, replyAad(shareId));
    const text = isObject(plain) && plain['v'] === 1 && typeof plain['text'] === 'string' ? plain['text'] : null;
    return { id: reply.id, createdAt: reply.createdAt, text };
  } catch {
    return { id: reply.id, createdAt: reply.createdAt, text: null };
  }
}

/** Opens a share's replies with the link's key, oldest first; one that does not open is kept with `text: null`. */
export async function openReplies(key: string, shareId: string, replies: api.SealedReply[]): Promise<ThreadReply[]> {
  return (await Promise.all(replies.map((r) => openOne(key, shareId, r)))).sort(byAge);
}

/**
 * A fetch that keeps a copy of the last answer, so the viewer reads the replies from the same GET that brought the
 * summary (openShare reads the summary; the thread reads `replies` from this copy).
 */
export function recordingFetch(base: api.Fetch): { fetch: api.Fetch; lastBody: () => Promise<Record<string, unknown>> } {
  let last: Response | undefined;
  return {
    fetch: async (input, init) => {
      const response = await base(input, init);
      last = response.clone();
      return response;
    },
    lastBody: async () => {
      const body: unknown = await last?.json().catch(() => undefined);
      return isObject(body) ? body : {};
    },
  };
}

/** Encrypts and sends a reader's reply; the sentence in a ReplyError says what to do, and the text stays with them. */
export async function sendReply(fetcher: api.Fetch, shareId: string, key: string, text: string): Promise<ThreadReply> {
  const trimmed = text.trim();
  if (!trimmed) throw new ReplyError('Write your reply first, then send it.');
  if (trimmed.length > REPLY_MAX_CHARS) throw new ReplyError(`This reply is longer than ${REPLY_MAX_CHARS.toLocaleString('en')} characters. Shorten it, then send it again.`);
  const content: ReplyContent = { v: 1, text: trimmed, writtenAt: new Date().toISOString() };
  const { iv, ciphertext } = await encryptJson(key, content, replyAad(shareId));
  const sealed = { v: 1 as const, iv, ciphertext };
  if (JSON.stringify(sealed).length > REPLY_MAX_BYTES) throw new ReplyError('This reply is too long to send. Shorten it, then send it again.');
  let answer: api.ReplySend;
  try {
    answer = await api.postReply(fetcher, shareId, sealed);
  } catch (error) {
    throw new ReplyError(sendFailure(error));
  }
  if (answer.kind === 'not-found') throw new ReplyError('This link is no longer available, so your reply was not sent. Your text is still here; copy it if you want to keep it.');
  return { id: answer.id, createdAt: answer.createdAt, text: trimmed };
}

function sendFailure(error: unknown): string {
  if (error instanceof api.OfflineError) return 'You seem to be offline, so your reply was not sent. It is still here; send it again when you are back online.';
  if (error instanceof api.ApiError && error.status === 413) return 'This reply is too long to send. Shorten it, then send it again.';
  if (error instanceof api.ApiError && error.status >= 400 && error.status < 500) return `${error.message} Your text is still here.`;
  return 'The server could not take your reply just now. It is still here; try again in a moment.';
}

/** The replies to every share made from one saved reflection, oldest first. */
export function repliesForEntry(journal: Journal, cache: ReplyCache, localId: string): ShareReply[] {
  return journal.shares.filter((s) => s.entryLocalId === localId).flatMap((s) => repliesOf(cache, s)).sort(byAge);
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
  const changed = fetched.filter((f): f is { share: JournalShare; replies: ShareReply[] } => f !== undefined && !sameReplies(repliesOf(before, f.share), f.replies));
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
