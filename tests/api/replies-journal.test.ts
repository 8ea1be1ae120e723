// The browser's side of replies (src/browser/journal/replies.ts) against the real handlers and a local Blobs server:
// a reader sends, the owner's journal fetches and opens, deletes one, and loses them when the share goes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteReply, fetchReplies, repliesForEntry } from '../../src/browser/journal/replies';
import { openReplies, sendReply } from '../../src/browser/share/replies';
import { loadReplyCache } from '../../src/browser/journal/reply-cache';
import { loadJournal } from '../../src/browser/journal/store';
import { fetchShare } from '../../src/browser/vault-api';
import { encryptJson, randomBase64Url } from '../../src/browser/vault-crypto';
import { replyAad } from '../../src/shared/model/sealed-payload';
import { useLocalBlobs } from '../support/blobs';
import { replyWorld } from './harness/reply-world';

useLocalBlobs({ beforeAll, afterAll });

const { routed, owner, shareFrom } = replyWorld();

describe('replies in the browser', () => {
  it('a reader’s reply reaches the owner’s journal, opened, under the reflection it was shared from', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    const sent = await sendReply(routed(), id, key, '  Bring the plan on Thursday.  ');
    expect(sent.text).toBe('Bring the plan on Thursday.');
    expect(await fetchReplies(env)).toBe(1);
    expect(repliesForEntry(loadJournal(env.storage), loadReplyCache(env.storage), 'entry-1')).toEqual([
      { id: sent.id, createdAt: sent.createdAt, text: 'Bring the plan on Thursday.' },
    ]);
    expect(await fetchReplies(env)).toBe(0);
  });

  it('shows a reply that does not open with the link’s key as unopened to the reader, and leaves it out of the journal', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    const other = await encryptJson(
      randomBase64Url(32),
      { v: 1, text: 'not for this link', writtenAt: '' },
      replyAad(id),
    );
    await routed()(`/api/shares/${id}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...other, v: 1 }),
    });
    await sendReply(routed(), id, key, 'A real reply.');
    const read = await fetchShare(routed(), id);
    if (read.kind !== 'found') throw new Error('share missing');
    expect((await openReplies(key, id, read.replies)).map((r) => r.text).sort()).toEqual(
      ['A real reply.', null].sort(),
    );
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

  it('says in a sentence why a reply was not sent (offline, empty, too long, the link gone) and sends 4,000 wide characters', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    await expect(sendReply(routed({ offline: true }), id, key, 'hello')).rejects.toThrow(
      'You seem to be offline, so your reply was not sent.',
    );
    await expect(sendReply(routed(), id, key, '   ')).rejects.toThrow('Write your reply first');
    await expect(sendReply(routed(), id, key, 'x'.repeat(4001))).rejects.toThrow('longer than 4,000 characters');
    // The 16 KB cap holds the longest reply in the widest characters (3 UTF-8 bytes per UTF-16 unit).
    expect((await sendReply(routed(), id, key, '語'.repeat(4000))).text).toHaveLength(4000);
    await expect(sendReply(routed(), randomBase64Url(16), key, 'hello')).rejects.toThrow(
      'This link is no longer available',
    );
  });

  it('passes on the server’s sentence when the share is full, and keeps the text', async () => {
    const env = owner();
    const { id, key } = await shareFrom(env);
    for (let i = 0; i < 20; i++) await sendReply(routed(), id, key, `reply ${i}`);
    await expect(sendReply(routed(), id, key, 'one more')).rejects.toThrow(
      /already holds 20 replies.*Your text is still here\.$/,
    );
  });
});
