// Where the owner's browser keeps the mentor's replies (src/browser/journal/reply-cache.ts): in their own item, not
// the journal; gone with their link (revoked here or elsewhere, its reflection deleted, Delete everything); moved out
// of a journal written before the item existed; never brought back by a fetch that raced a deletion; and a damaged
// item read as no replies. Against the real handlers and a local Blobs server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEnv } from '../../src/browser/journal/env';
import { deleteReply, fetchReplies, repliesForEntry } from '../../src/browser/journal/replies';
import { sendReply } from '../../src/browser/share/replies';
import { JOURNAL_KEY, REPLIES_KEY } from '../../src/browser/storage-keys';
import { loadReplyCache } from '../../src/browser/journal/reply-cache';
import { loadJournal, updateJournal } from '../../src/browser/journal/store';
import { revokeShare } from '../../src/browser/journal/shares';
import { deleteEntry, deleteEverything } from '../../src/browser/journal/sync';
import { useLocalBlobs } from '../support/blobs';
import { replyWorld } from './harness/reply-world';

useLocalBlobs({ beforeAll, afterAll });

const { routed, owner, shareFrom } = replyWorld();

describe('the reply cache', () => {
  it('keeps replies apart from the journal: fetching them leaves the journal as it was stored', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    await sendReply(routed(), id, key, 'See you Thursday.');
    const journalBefore = env.storage.getItem(JOURNAL_KEY);
    expect(await fetchReplies(env)).toBe(1);
    expect(env.storage.getItem(JOURNAL_KEY)).toBe(journalBefore);
    expect(loadReplyCache(env.storage)[id]?.map((r) => r.text)).toEqual(['See you Thursday.']);
  });

  it('takes a link’s replies out of this browser when the link is revoked, its reflection deleted, or everything is', async () => {
    const env = owner();
    const revoked = await shareFrom(env, 'entry-1');
    const deleted = await shareFrom(env, 'entry-2');
    const kept = await shareFrom(env, 'entry-3');
    for (const { id, key } of [revoked, deleted, kept]) await sendReply(routed(), id, key, `to ${id}`);
    await fetchReplies(env);
    expect(Object.keys(loadReplyCache(env.storage)).sort()).toEqual([revoked.id, deleted.id, kept.id].sort());

    expect(await revokeShare(env, revoked.id)).toBe(true);
    expect(Object.keys(loadReplyCache(env.storage)).sort()).toEqual([deleted.id, kept.id].sort());
    await deleteEntry(env, 'entry-2');
    expect(Object.keys(loadReplyCache(env.storage))).toEqual([kept.id]);
    env.storage.setItem('lodestar:prefs', JSON.stringify({ guide: 'built-in', disclosed: true, tone: 'gentle' }));
    await deleteEverything(env);
    expect(env.storage.getItem(REPLIES_KEY)).toBeNull();
    // Every trace of this site, the person's choices included.
    expect(env.storage.length).toBe(0);
  });

  it('a revoke that waits for a connection still takes the replies out of this browser at once', async () => {
    const state = { offline: false };
    const env: JournalEnv = { ...owner(), fetch: routed(state) };
    const { id, key } = await shareFrom(env);
    await sendReply(routed(), id, key, 'hello');
    await fetchReplies(env);
    state.offline = true;
    expect(await revokeShare(env, id)).toBe(false);
    expect(loadReplyCache(env.storage)[id]).toBeUndefined();
  });

  it('reads replies a journal held before they had their own item, until the next fetch replaces them', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    const sent = await sendReply(routed(), id, key, 'From the server.');
    const old = { id: sent.id, createdAt: sent.createdAt, text: 'As cached by an earlier version.' };
    updateJournal(env.storage, (j) => void (j.shares[0]!.replies = [old]));
    expect(repliesForEntry(loadJournal(env.storage), loadReplyCache(env.storage), 'entry-1')).toEqual([old]);
    await fetchReplies(env);
    expect(
      repliesForEntry(loadJournal(env.storage), loadReplyCache(env.storage), 'entry-1').map((r) => r.text),
    ).toEqual(['From the server.']);
    // Moved out of the journal: its item holds no reply text any more.
    expect(env.storage.getItem(JOURNAL_KEY)).not.toContain('As cached by an earlier version.');
    expect(loadJournal(env.storage).shares[0]?.replies).toBeUndefined();
    await deleteReply(env, id, sent.id);
    expect(repliesForEntry(loadJournal(env.storage), loadReplyCache(env.storage), 'entry-1')).toEqual([]);
    expect(Object.values(env.storage).join('')).not.toContain('From the server.');
  });

  it('a fetch whose answers left before a reply was deleted does not bring that reply back', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    const first = await sendReply(routed(), id, key, 'first');
    await sendReply(routed(), id, key, 'second');
    await fetchReplies(env);
    // A slow fetch: the server answers (with both replies) now, the answer reaches the page later.
    let deliver!: () => void;
    let answered!: () => void;
    const held = new Promise<void>((resolve) => (deliver = resolve));
    const serverAnswered = new Promise<void>((resolve) => (answered = resolve));
    const slow: JournalEnv = {
      ...env,
      fetch: async (input, init) => {
        const answer = await routed()(input, init);
        answered();
        await held;
        return answer;
      },
    };
    const late = fetchReplies(slow);
    await serverAnswered;
    await deleteReply(env, id, first.id);
    deliver();
    await late;
    expect(loadReplyCache(env.storage)[id]?.map((r) => r.text)).toEqual(['second']);
  });

  it('moves an older journal’s replies out of it even when the server cannot be reached, and when deleting one', async () => {
    const state = { offline: false };
    const env: JournalEnv = { ...owner(), fetch: routed(state) };
    const { id, key } = await shareFrom(env);
    const text = 'Kept by an earlier version.';
    const sent = await sendReply(routed(), id, key, text);
    updateJournal(env.storage, (j) => void (j.shares[0]!.replies = [{ id: sent.id, createdAt: sent.createdAt, text }]));
    state.offline = true;
    await expect(fetchReplies(env)).rejects.toThrow();
    expect(env.storage.getItem(JOURNAL_KEY)).not.toContain(text);
    expect(loadReplyCache(env.storage)[id]?.map((r) => r.text)).toEqual([text]);
    state.offline = false;
    await deleteReply(env, id, sent.id);
    expect(env.storage.getItem(REPLIES_KEY) ?? '').not.toContain(text);
  });

  it('forgets the replies of a link that left the journal without a revoke here, even when no reply is new', async () => {
    const env = owner();
    const gone = await shareFrom(env, 'entry-1');
    const kept = await shareFrom(env, 'entry-2');
    await sendReply(routed(), gone.id, gone.key, 'to the link that goes');
    await fetchReplies(env);
    // Another tab (of a version that kept replies in the journal) took the link out of the journal.
    updateJournal(env.storage, (j) => void (j.shares = j.shares.filter((s) => s.id !== gone.id)));
    expect(await fetchReplies(env)).toBe(0);
    expect(env.storage.getItem(REPLIES_KEY)).toBeNull();
    expect(kept.id).toBeTruthy();
  });

  it('reads a damaged reply item as no replies, and the next fetch writes it anew', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    await sendReply(routed(), id, key, 'hello');
    env.storage.setItem(REPLIES_KEY, '{not json');
    expect(loadReplyCache(env.storage)).toEqual({});
    env.storage.setItem(
      REPLIES_KEY,
      JSON.stringify({
        v: 1,
        shares: {
          [id]: [
            { id: 'x', text: 1 },
            { id: 'y', createdAt: '2026-12-01T00:00:00.000Z', text: 'ok' },
          ],
        },
      }),
    );
    expect(loadReplyCache(env.storage)[id]).toEqual([{ id: 'y', createdAt: '2026-12-01T00:00:00.000Z', text: 'ok' }]);
    await fetchReplies(env);
    expect(loadReplyCache(env.storage)[id]?.map((r) => r.text)).toEqual(['hello']);
  });
});
