// What the share's owner does to replies (delete one, revoke the share), what the hourly cleanup does to them, a
// revoke racing replies, and that nothing of a reply is readable at rest. Real handlers, local Blobs server.
import { getStore } from '@netlify/blobs';
import type { Context } from '@netlify/functions';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cleanupShares from '../../netlify/functions/cleanup-shares.mts';
import shareReplies from '../../netlify/functions/share-replies.mts';
import shares from '../../netlify/functions/shares.mts';
import { createShare } from '../../netlify/lib/share-store';
import { call, errorOf, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { newKey, opaquePayload, seal, shareAad } from './harness/ciphertext';

const blobsOf = useLocalBlobs({ beforeAll, afterAll });
let key: CryptoKey;
beforeAll(async () => {
  key = await newKey();
});

const DAY = 86_400_000;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const repliesPath = (shareId: string) => `/api/shares/${shareId}/replies`;
const storedKeys = async (shareId: string) =>
  (await getStore({ name: 'replies', consistency: 'strong' }).list({ prefix: `${shareId}/` })).blobs.map((b) => b.key);
let ipCounter = 0;
const send = (path: string, init: RequestInit) =>
  shareReplies(new Request(`http://localhost${path}`, init), { ip: `192.0.2.${++ipCounter}` } as Context);
const remove = (shareId: string, replyId: string, headers: Record<string, string> = {}) =>
  send(`${repliesPath(shareId)}/${replyId}`, { method: 'DELETE', headers });
const revoke = (share: { id: string; token: string }) =>
  call(shares, `/api/shares/${share.id}`, { method: 'DELETE', headers: auth(share.token) });

async function publish(expiresInDays = 7) {
  const id = newId();
  const token = newOwnerToken();
  const response = await putJson(
    shares,
    `/api/shares/${id}`,
    { ...(await seal(key, { summary: 's' }, shareAad(id))), expiresInDays },
    { ...auth(token), 'if-none-match': '*' },
  );
  expect(response.status).toBe(201);
  return { id, token };
}

async function reply(shareId: string, text = 'a reply'): Promise<Response> {
  const { iv, ciphertext } = await seal(
    key,
    { v: 1, text, writtenAt: new Date().toISOString() },
    `lodestar/v2/share/${shareId}/reply`,
  );
  return send(repliesPath(shareId), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ v: 1, iv, ciphertext }),
  });
}
const replyId = async (shareId: string, text?: string) =>
  ((await (await reply(shareId, text)).json()) as { id: string }).id;

async function listedIds(shareId: string): Promise<string[]> {
  const body = (await (await call(shares, `/api/shares/${shareId}`)).json()) as { replies: { id: string }[] };
  return body.replies.map((r) => r.id);
}

describe('DELETE /api/shares/:id/replies/:replyId', () => {
  it('deletes one reply for the share’s owner (204) and leaves the others', async () => {
    const share = await publish();
    const [first, second] = [await replyId(share.id), await replyId(share.id)];
    expect((await remove(share.id, first, auth(share.token))).status).toBe(204);
    expect(await listedIds(share.id)).toEqual([second]);
    const again = await remove(share.id, first, auth(share.token));
    expect(again.status).toBe(404);
    expect((await errorOf(again)).message).toMatch(/deleted already/);
  });

  it('refuses a missing token (401), a wrong one and another share’s (403), and deletes nothing', async () => {
    const share = await publish();
    const other = await publish();
    const id = await replyId(share.id);
    const missing = await remove(share.id, id);
    expect(missing.status).toBe(401);
    expect((await errorOf(missing)).message).toMatch(/owner token/);
    for (const token of [newOwnerToken(), other.token]) {
      const refused = await remove(share.id, id, auth(token));
      expect(refused.status).toBe(403);
      expect((await errorOf(refused)).message).toMatch(/Only the person who shared this link/);
    }
    expect(await listedIds(share.id)).toEqual([id]);
  });

  it('answers 404 for an absent or malformed reply id, and for an absent, revoked or malformed share', async () => {
    const share = await publish();
    expect((await remove(share.id, newId(), auth(share.token))).status).toBe(404);
    expect((await remove(share.id, 'not-a-reply', auth(share.token))).status).toBe(404);
    expect((await remove(newId(), newId(), auth(share.token))).status).toBe(404);
    expect((await remove('bad!id', newId(), auth(share.token))).status).toBe(404);
    const id = await replyId(share.id);
    expect((await revoke(share)).status).toBe(204);
    expect((await remove(share.id, id, auth(share.token))).status).toBe(404);
  });
});

describe('cascades', () => {
  it('revoking a share deletes its replies from the store', async () => {
    const share = await publish();
    for (let i = 0; i < 3; i++) await replyId(share.id);
    expect(await storedKeys(share.id)).toHaveLength(3);
    expect((await revoke(share)).status).toBe(204);
    expect(await storedKeys(share.id)).toEqual([]);
  });

  it('leaves no reply of a share revoked while replies race it, wherever the revoke lands', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 15 }),
        async (replies, revokeAfterMs) => {
          const share = await publish();
          const posts = Array.from({ length: replies }, (_, i) =>
            new Promise((r) => setTimeout(r, i * 2)).then(() => reply(share.id)),
          );
          const revoked = new Promise((r) => setTimeout(r, revokeAfterMs)).then(() => revoke(share));
          const statuses = await Promise.all(posts.map((p) => p.then((r) => r.status)));
          expect((await revoked).status).toBe(204);
          expect(statuses.every((s) => s === 201 || s === 404)).toBe(true);
          expect(await storedKeys(share.id)).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('the hourly cleanup deletes the replies of expired shares and of shares that are gone, and keeps live ones', async () => {
    const live = await publish();
    await replyId(live.id);
    // A share that expires a moment after its reply arrives.
    const expiring = { id: newId(), token: newOwnerToken() };
    await createShare(expiring.id, expiring.token, opaquePayload(), 1, new Date(Date.now() - DAY + 600));
    expect((await reply(expiring.id)).status).toBe(201);
    const orphanId = newId();
    await getStore({ name: 'replies', consistency: 'strong' }).setJSON(`${orphanId}/03`, { left: 'behind' });
    await new Promise((r) => setTimeout(r, 700));
    expect((await cleanupShares()).status).toBe(204);
    expect(await storedKeys(expiring.id)).toEqual([]);
    expect(await storedKeys(orphanId)).toEqual([]);
    expect(await storedKeys(live.id)).toHaveLength(1);
  });
});

describe('at rest', () => {
  it('keeps nothing of a reply readable: its words never appear in the blob store’s files', async () => {
    const share = await publish();
    expect((await reply(share.id, 'MARBLE-COMPASS I think you should ask for the stretch project')).status).toBe(201);
    const files = await blobsOf().allFiles();
    expect(files.some(({ path }) => path.includes(share.id))).toBe(true);
    for (const { path, text } of files) {
      for (const phrase of ['MARBLE-COMPASS', 'stretch project', share.token])
        expect(text.includes(phrase), `${phrase} found in ${path}`).toBe(false);
    }
  });
});
