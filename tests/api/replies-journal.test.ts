// The browser's side of replies (src/browser/journal/replies.ts) against the real handlers and a local Blobs server:
// a reader sends, the owner's journal fetches and opens, deletes one, and loses them when the share goes.
import type { Context } from '@netlify/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import shareReplies from '../../netlify/functions/share-replies.mts';
import shares from '../../netlify/functions/shares.mts';
import { localLocks, memoryStorage, type JournalEnv } from '../../src/browser/journal/env';
import { deleteReply, fetchReplies, openReplies, repliesForEntry, sendReply } from '../../src/browser/journal/replies';
import { parseShareFragment, revokeShare, shareSummary } from '../../src/browser/journal/shares';
import { REPLIES_KEY, loadReplyCache } from '../../src/browser/journal/reply-cache';
import { JOURNAL_KEY, loadJournal, updateJournal } from '../../src/browser/journal/store';
import { deleteEntry, deleteEverything } from '../../src/browser/journal/sync';
import { fetchShare, type Fetch } from '../../src/browser/vault-api';
import { encryptJson, randomBase64Url, replyAad } from '../../src/browser/vault-crypto';
import { useLocalBlobs } from '../support/blobs';

useLocalBlobs({ beforeAll, afterAll });

let ip = 0;
/** fetch routed to the handlers, each request from its own IP; `offline` fails before anything leaves. */
const routed =
  (state = { offline: false }): Fetch =>
  async (input, init) => {
    if (state.offline) throw new TypeError('Failed to fetch');
    const handler = /^\/api\/shares\/[^/]+\/replies/.test(input) ? shareReplies : shares;
    return handler(new Request(`http://localhost${input}`, init), { ip: `10.0.0.${++ip}` } as Context);
  };

function owner(): JournalEnv {
  return { storage: memoryStorage(), locks: localLocks(), fetch: routed(), origin: 'http://localhost' };
}

async function shareFrom(env: JournalEnv, entryLocalId = 'entry-1') {
  const share = await shareSummary(env, { setTitle: 'After the meeting', summary: '## Next steps\n- Send the plan', source: 'built-in', note: '' }, 7, entryLocalId);
  const parts = parseShareFragment(share.link.slice(share.link.indexOf('#')));
  if (!parts) throw new Error('no link');
  return parts;
}

describe('replies in the browser', () => {
  it('a reader’s reply reaches the owner’s journal, opened, under the reflection it was shared from', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    const sent = await sendReply(routed(), id, key, '  Bring the plan on Thursday.  ');
    expect(sent.text).toBe('Bring the plan on Thursday.');
    expect(await fetchReplies(env)).toBe(1);
    expect(repliesForEntry(loadJournal(env.storage), loadReplyCache(env.storage), 'entry-1')).toEqual([{ id: sent.id, createdAt: sent.createdAt, text: 'Bring the plan on Thursday.' }]);
    expect(await fetchReplies(env)).toBe(0);
  });

  it('shows a reply that does not open with the link’s key as unopened to the reader, and leaves it out of the journal', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    const other = await encryptJson(randomBase64Url(32), { v: 1, text: 'not for this link', writtenAt: '' }, replyAad(id));
    await routed()(`/api/shares/${id}/replies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...other, v: 1 }) });
    await sendReply(routed(), id, key, 'A real reply.');
    const read = await fetchShare(routed(), id);
    if (read.kind !== 'found') throw new Error('share missing');
    expect((await openReplies(key, id, read.replies)).map((r) => r.text).sort()).toEqual(['A real reply.', null].sort());
    await fetchReplies(env);
    expect(loadReplyCache(env.storage)[id]?.map((r) => r.text)).toEqual(['A real reply.']);
  });

  it('deletes one reply from the server and the journal, and clears them all when the share is gone', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    const first = await sendReply(routed(), id, key, 'first');
    await sendReply(routed(), id, key, 'second');
    await fetchReplies(env);
    await deleteReply(env, id, first.id);
    expect(loadReplyCache(env.storage)[id]?.map((r) => r.text)).toEqual(['second']);
    await fetchReplies(env);
    expect(loadReplyCache(env.storage)[id]?.map((r) => r.text)).toEqual(['second']);
    // Revoked from another device: this journal still lists the link, and its replies go.
    const token = loadJournal(env.storage).shares[0]?.token ?? '';
    await routed()(`/api/shares/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    await fetchReplies(env);
    expect(loadReplyCache(env.storage)[id]).toEqual([]);
  });

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
    expect(repliesForEntry(loadJournal(env.storage), loadReplyCache(env.storage), 'entry-1').map((r) => r.text)).toEqual(['From the server.']);
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
    env.storage.setItem(REPLIES_KEY, JSON.stringify({ v: 1, shares: { [id]: [{ id: 'x', text: 1 }, { id: 'y', createdAt: '2026-12-01T00:00:00.000Z', text: 'ok' }] } }));
    expect(loadReplyCache(env.storage)[id]).toEqual([{ id: 'y', createdAt: '2026-12-01T00:00:00.000Z', text: 'ok' }]);
    await fetchReplies(env);
    expect(loadReplyCache(env.storage)[id]?.map((r) => r.text)).toEqual(['hello']);
  });

  it('says in a sentence why a reply was not sent (offline, empty, too long, the link gone) and sends 4,000 wide characters', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    await expect(sendReply(routed({ offline: true }), id, key, 'hello')).rejects.toThrow('You seem to be offline, so your reply was not sent.');
    await expect(sendReply(routed(), id, key, '   ')).rejects.toThrow('Write your reply first');
    await expect(sendReply(routed(), id, key, 'x'.repeat(4001))).rejects.toThrow('longer than 4,000 characters');
    // The 16 KB cap holds the longest reply in the widest characters (3 UTF-8 bytes per UTF-16 unit).
    expect((await sendReply(routed(), id, key, '語'.repeat(4000))).text).toHaveLength(4000);
    await expect(sendReply(routed(), randomBase64Url(16), key, 'hello')).rejects.toThrow('This link is no longer available');
  });

  it('passes on the server’s sentence when the share is full, and keeps the text', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    for (let i = 0; i < 20; i++) await sendReply(routed(), id, key, `reply ${i}`);
    await expect(sendReply(routed(), id, key, 'one more')).rejects.toThrow(/already holds 20 replies.*Your text is still here\.$/);
  });
});
