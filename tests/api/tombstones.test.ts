// Revoked, expired and deleted ids are never used again: the tombstone each leaves refuses a create (410), reads
// exactly like an absent id, takes an expired share's replies with it at the first read, and holds when a create
// or a reply races the revoke or delete. Real handlers, local Blobs server, real concurrency.
import { getStore } from '@netlify/blobs';
import type { Context } from '@netlify/functions';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cleanupShares from '../../netlify/functions/cleanup-shares.mts';
import entries from '../../netlify/functions/entries.mts';
import shareReplies from '../../netlify/functions/share-replies.mts';
import shares from '../../netlify/functions/shares.mts';
import { createShare } from '../../netlify/lib/share-store';
import { call, errorOf, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { opaquePayload } from './harness/ciphertext';

useLocalBlobs({ beforeAll, afterAll });

const DAY = 86_400_000;
const SHARE_GONE =
  'This link was revoked or has expired, and its id is never used again. Share the reflection again to make a new link.';
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const sharePath = (id: string) => `/api/shares/${id}`;
const entryPath = (id: string) => `/api/entries/${id}`;
const raw = (name: 'entries' | 'shares' | 'replies') => getStore({ name, consistency: 'strong' });
const replyKeys = async (shareId: string) =>
  (await raw('replies').list({ prefix: `${shareId}/` })).blobs.map((b) => b.key);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let ip = 0;
const postReply = (shareId: string) =>
  shareReplies(
    new Request(`http://localhost${sharePath(shareId)}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(opaquePayload(1)),
    }),
    { ip: `203.0.113.${++ip % 250}:${ip}` } as Context,
  );
const publishAs = (id: string, token: string, expiresInDays = 7) =>
  putJson(shares, sharePath(id), { ...opaquePayload(), expiresInDays }, { ...auth(token), 'if-none-match': '*' });
const revoke = (id: string, token: string) => call(shares, sharePath(id), { method: 'DELETE', headers: auth(token) });
const createEntryAs = (id: string, token: string) =>
  putJson(entries, entryPath(id), opaquePayload(), { ...auth(token), 'if-none-match': '*' });
const deleteEntryAs = (id: string, token: string) =>
  call(entries, entryPath(id), { method: 'DELETE', headers: auth(token) });

async function publish(expiresInDays = 7) {
  const share = { id: newId(), token: newOwnerToken() };
  expect((await publishAs(share.id, share.token, expiresInDays)).status).toBe(201);
  return share;
}

/** Status, body and the headers a client could tell apart, of one answer. */
async function answerOf(response: Response) {
  const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date'));
  return { status: response.status, body: await response.text(), headers };
}

describe('a revoked share', () => {
  it.each([
    ['another token (whoever holds the link)', () => newOwnerToken()],
    ['the owner’s own token', (token: string) => token],
  ])('cannot be published again under its id with %s: 410 gone, a sentence', async (_name, tokenFor) => {
    const share = await publish();
    expect((await revoke(share.id, share.token)).status).toBe(204);

    const again = await publishAs(share.id, tokenFor(share.token));

    expect(again.status).toBe(410);
    expect(await errorOf(again)).toEqual({ code: 'gone', message: SHARE_GONE });
    expect((await call(shares, sharePath(share.id))).status).toBe(404);
  });

  it('stays revoked after the link holder tries: nothing of theirs is served, and a second revoke is 404', async () => {
    const share = await publish();
    await revoke(share.id, share.token);
    await publishAs(share.id, newOwnerToken());

    expect((await call(shares, sharePath(share.id))).status).toBe(404);
    expect((await revoke(share.id, share.token)).status).toBe(404);
  });

  it('keeps only its id and the time at rest: no ciphertext, no token', async () => {
    const share = await publish();
    await revoke(share.id, share.token);

    const stored = (await raw('shares').get(share.id, { type: 'json' })) as Record<string, unknown>;

    expect(Object.keys(stored).sort()).toEqual(['endedAt', 'format', 'tombstone', 'writeId']);
  });
});

describe('a tombstone, read', () => {
  it('answers GET /api/shares/:id exactly as an id that never existed', async () => {
    const share = await publish();
    await revoke(share.id, share.token);
    const unknown = newId();

    const [tombstoned, absent] = [await call(shares, sharePath(share.id)), await call(shares, sharePath(unknown))];

    expect(await answerOf(tombstoned)).toEqual(await answerOf(absent));
    expect(tombstoned.status).toBe(404);
  });

  it('answers a reply to it, and a reply deletion, exactly as for an id that never existed', async () => {
    const share = await publish();
    await revoke(share.id, share.token);
    const unknown = newId();
    const removeReply = (id: string) =>
      shareReplies(
        new Request(`http://localhost${sharePath(id)}/replies/${newId()}`, {
          method: 'DELETE',
          headers: auth(share.token),
        }),
        {} as Context,
      );

    expect(await answerOf(await postReply(share.id))).toEqual(await answerOf(await postReply(unknown)));
    expect(await answerOf(await removeReply(share.id))).toEqual(await answerOf(await removeReply(unknown)));
  });

  it('answers every entry request with the deleted entry’s token exactly as for an unknown id', async () => {
    const id = newId();
    const token = newOwnerToken();
    await createEntryAs(id, token);
    expect((await deleteEntryAs(id, token)).status).toBe(204);
    const unknown = newId();
    const requests = (target: string) => [
      () => call(entries, entryPath(target), { headers: auth(token) }),
      () => call(entries, entryPath(target), { headers: { ...auth(token), 'if-none-match': '"1"' } }),
      () => putJson(entries, entryPath(target), opaquePayload(), { ...auth(token), 'if-match': '*' }),
      () => deleteEntryAs(target, token),
    ];

    for (const [index, request] of requests(id).entries()) {
      expect(await answerOf(await request()), `request ${index}`).toEqual(
        await answerOf(await requests(unknown)[index]!()),
      );
    }
  });
});

describe('an expired share', () => {
  /** A share that expires `ms` from now, with two replies. */
  async function expiringSoon(ms: number) {
    const id = newId();
    const token = newOwnerToken();
    await createShare(id, token, opaquePayload(), 1, new Date(Date.now() - DAY + ms));
    for (let i = 0; i < 2; i++) expect((await postReply(id)).status).toBe(201);
    expect(await replyKeys(id)).toHaveLength(2);
    return { id, token };
  }

  it('is served with its replies until its expiry, and from the first read after it neither, with its replies deleted', async () => {
    const share = await expiringSoon(600);
    expect((await call(shares, sharePath(share.id))).status).toBe(200);
    await sleep(700);

    const read = await call(shares, sharePath(share.id));

    expect(await answerOf(read)).toEqual(await answerOf(await call(shares, sharePath(newId()))));
    expect(await replyKeys(share.id)).toEqual([]);
    expect(((await raw('shares').get(share.id, { type: 'json' })) as { tombstone?: unknown }).tombstone).toBe(true);
  });

  it('refuses a reply sent after its expiry (404) and takes the earlier replies with it, with no cleanup', async () => {
    const share = await expiringSoon(600);
    await sleep(700);

    expect((await postReply(share.id)).status).toBe(404);

    expect(await replyKeys(share.id)).toEqual([]);
  });

  it('is revoked as absent (404) after its expiry, and its replies go', async () => {
    const share = await expiringSoon(600);
    await sleep(700);

    expect((await revoke(share.id, share.token)).status).toBe(404);

    expect(await replyKeys(share.id)).toEqual([]);
  });

  it('cannot be published again under its id, whether or not it was read since (410)', async () => {
    const read = { id: newId(), token: newOwnerToken() };
    const unread = { id: newId(), token: newOwnerToken() };
    for (const share of [read, unread])
      await createShare(share.id, share.token, opaquePayload(), 1, new Date(Date.now() - 2 * DAY));
    await call(shares, sharePath(read.id));

    for (const share of [read, unread]) {
      for (const token of [share.token, newOwnerToken()]) expect((await publishAs(share.id, token)).status).toBe(410);
    }
  });

  it('is turned into a tombstone by the cleanup, which deletes its replies, when nobody read it', async () => {
    const share = await expiringSoon(600);
    await sleep(700);

    expect((await cleanupShares()).status).toBe(204);

    expect(Object.keys((await raw('shares').get(share.id, { type: 'json' })) as object).sort()).toEqual([
      'endedAt',
      'format',
      'tombstone',
      'writeId',
    ]);
    expect(await replyKeys(share.id)).toEqual([]);
    expect((await publishAs(share.id, newOwnerToken())).status).toBe(410);
  });
});

describe('races', () => {
  it('leaves no reply of a share revoked while replies race it, and its id is never published again', async () => {
    for (let round = 0; round < 10; round++) {
      const share = await publish();

      const [revoked, ...replies] = await Promise.all([
        revoke(share.id, share.token),
        postReply(share.id),
        postReply(share.id),
        postReply(share.id),
      ]);

      expect(revoked.status).toBe(204);
      for (const reply of replies) expect([201, 404]).toContain(reply.status);
      expect(await replyKeys(share.id)).toEqual([]);
      expect((await publishAs(share.id, newOwnerToken())).status).toBe(410);
    }
  });

  it('never lets a publish racing a revoke take the id: the link holder gets 409 or 410, never 201', async () => {
    for (let round = 0; round < 10; round++) {
      const share = await publish();

      const [revoked, taken] = await Promise.all([revoke(share.id, share.token), publishAs(share.id, newOwnerToken())]);

      expect(revoked.status).toBe(204);
      expect([409, 410]).toContain(taken.status);
      expect((await call(shares, sharePath(share.id))).status).toBe(404);
    }
  });

  it('never resurrects an entry: creates racing a delete of one id, in any interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(), // whether the entry exists before the race (else the first create races the delete)
        fc.array(fc.record({ who: fc.constantFrom('owner', 'stranger'), delayMs: fc.nat(6) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.nat(6),
        async (existsBefore, creates, deleteDelayMs) => {
          const id = newId();
          const owner = newOwnerToken();
          if (existsBefore) expect((await createEntryAs(id, owner)).status).toBe(201);
          const later = <T>(ms: number, work: () => Promise<T>) => sleep(ms).then(work);

          const [deleted, ...created] = await Promise.all([
            later(deleteDelayMs, () => deleteEntryAs(id, owner)),
            ...creates.map((c) =>
              later(c.delayMs, () => createEntryAs(id, c.who === 'owner' ? owner : newOwnerToken())),
            ),
          ]);

          const statuses = created.map((r) => r.status);
          // One id, one create at most, ever (with the entry there before, none).
          expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(existsBefore ? 0 : 1);
          for (const status of statuses) expect([201, 409, 410, 412]).toContain(status);
          const stored = (await raw('entries').get(id, { type: 'json' })) as Record<string, unknown> | null;
          if (deleted?.status === 204) {
            // Deleted is final: whatever raced it, only the tombstone is there, and every later create is refused.
            expect(stored?.['tombstone']).toBe(true);
            expect((await createEntryAs(id, owner)).status).toBe(410);
          } else {
            expect(deleted?.status).toBe(404);
            expect(stored?.['tombstone']).toBeUndefined();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
