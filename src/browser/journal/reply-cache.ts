// The mentor's replies as last fetched, kept in their own localStorage item beside the journal. They are a copy of
// what the server holds (refetched on every visit), not the person's writing: writing them into the journal meant
// re-reading and re-writing a journal of a megabyte and more (and waking every other tab) whenever a reply arrived,
// the longest task of the journal page. This item is small; it names shares by id and keeps only live ones.
import { isObject } from '../../shared/model/plain';
import { REPLIES_KEY } from '../storage-keys';
import type { KeyValueStorage } from './env';
import { loadJournal, updateJournal } from './store';
import type { JournalShare, ShareReply } from './types';

/** Opened replies by share id, oldest first. */
export type ReplyCache = Record<string, ShareReply[]>;

const isReply = (r: unknown): r is ShareReply =>
  isObject(r) && typeof r['id'] === 'string' && typeof r['createdAt'] === 'string' && typeof r['text'] === 'string';

/** Only the replies with the expected shape; anything else is left out (never shown). */
export const validReplies = (list: unknown): ShareReply[] => (Array.isArray(list) ? list.filter(isReply) : []);

/** The cache as stored; empty when absent, damaged or unreadable (it is refetched, so nothing is lost). */
export function loadReplyCache(storage: KeyValueStorage): ReplyCache {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(REPLIES_KEY) ?? 'null');
  } catch {
    return {};
  }
  const shares = isObject(raw) && raw['v'] === 1 && isObject(raw['shares']) ? raw['shares'] : {};
  return Object.fromEntries(Object.entries(shares).map(([id, list]) => [id, validReplies(list)]));
}

/**
 * Re-reads, changes and writes back in one synchronous step (as the journal is), keeping only the shares in
 * `liveShareIds`: a revoked or deleted link's replies leave this browser with it. A cache that names no share is
 * removed. A full storage keeps the old cache: the replies show again after the next fetch.
 */
export function updateReplyCache<T>(
  storage: KeyValueStorage,
  liveShareIds: Iterable<string>,
  change: (cache: ReplyCache) => T,
): T {
  const cache = loadReplyCache(storage);
  const result = change(cache);
  const live = new Set(liveShareIds);
  const kept = Object.fromEntries(Object.entries(cache).filter(([id]) => live.has(id)));
  const text = Object.keys(kept).length === 0 ? null : JSON.stringify({ v: 1, shares: kept });
  try {
    // Written only when it changes: every write wakes the journal pages open in other tabs.
    if (text === storage.getItem(REPLIES_KEY)) return result;
    if (text === null) storage.removeItem(REPLIES_KEY);
    else storage.setItem(REPLIES_KEY, text);
  } catch {
    // Storage refused the write: the replies are on the server, and this cache is only a copy of them.
  }
  return result;
}

/** Forgets the replies of shares that are gone from this journal (revoked, deleted with their reflection). */
export function forgetRepliesExcept(storage: KeyValueStorage, liveShareIds: Iterable<string>): void {
  updateReplyCache(storage, liveShareIds, () => undefined);
}

/**
 * One share's replies: the cache's, or, for a journal from before the cache existed, those its share record held
 * (until moveOlderReplies runs). A share the cache names wins even when empty (its replies were all deleted).
 */
export function repliesOf(cache: ReplyCache, share: JournalShare): ShareReply[] {
  return cache[share.id] ?? validReplies(share.replies);
}

/** Two lists of replies that read the same (so a card whose thread did not change is left alone). */
export const sameReplies = (a: ShareReply[], b: ShareReply[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A journal from before the cache existed holds replies in its share records: they move here, then leave the
 * journal, so a reply deleted later leaves no copy behind. The cache is written first: a failure in between leaves
 * two copies for a moment, never none. `journal`: the journal as just read, when the caller has it (a long one is
 * a megabyte to parse).
 */
export function moveOlderReplies(storage: KeyValueStorage, journal = loadJournal(storage)): void {
  if (!journal.shares.some((s) => s.replies !== undefined)) return;
  const ids = journal.shares.map((s) => s.id);
  updateReplyCache(storage, ids, (cache) => {
    for (const share of journal.shares)
      if (share.replies !== undefined && !cache[share.id]) cache[share.id] = validReplies(share.replies);
  });
  updateJournal(storage, (j) => j.shares.forEach((s) => delete s.replies));
}
