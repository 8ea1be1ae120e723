// POST /api/shares/:id/replies, the replies in GET /api/shares/:id, and DELETE /api/shares/:id/replies/:replyId:
// the real handlers against a local Blobs server, with real AES-GCM made as the browser makes it.
import { getStore } from '@netlify/blobs';
import type { Context } from '@netlify/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import shareReplies from '../../netlify/functions/share-replies.mts';
import shares from '../../netlify/functions/shares.mts';
import { ABANDONED_TOMBSTONE_MS } from '../../netlify/lib/reply-store';
import { createShare } from '../../netlify/lib/share-store';
import { call, errorOf, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { newKey, open, opaquePayload, seal, shareAad } from './harness/ciphertext';

useLocalBlobs({ beforeAll, afterAll });
let key: CryptoKey;
beforeAll(async () => {
  key = await newKey();
});

const DAY = 86_400_000;
const replyAad = (shareId: string) => `lodestar/v2/share/${shareId}/reply`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const repliesPath = (shareId: string) => `/api/shares/${shareId}/replies`;
const rawReplies = () => getStore({ name: 'replies', consistency: 'strong' });
const storedKeys = async (shareId: string) =>
  (await rawReplies().list({ prefix: `${shareId}/` })).blobs.map((b) => b.key);

// Each test's requests come from their own IPs, so the per-IP limit only shows where a test looks for it.
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter % 250}:${ipCounter}`;

function send(path: string, init: RequestInit, ip = freshIp()): Promise<Response> {
  return shareReplies(new Request(`http://localhost${path}`, init), { ip } as Context);
}
const post = (shareId: string, body: unknown, ip?: string) =>
  send(
    repliesPath(shareId),
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    ip,
  );
const remove = (shareId: string, replyId: string, headers: Record<string, string> = {}) =>
  send(`${repliesPath(shareId)}/${replyId}`, { method: 'DELETE', headers });

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

/** A reply as the reader's browser sends it: `{ v: 1, iv, ciphertext }`, bound to the share. */
async function replyBody(shareId: string, text: string) {
  const sealed = await seal(key, { v: 1, text, writtenAt: new Date().toISOString() }, replyAad(shareId));
  return { v: 1, iv: sealed.iv, ciphertext: sealed.ciphertext };
}

async function repliesOf(shareId: string) {
  const response = await call(shares, `/api/shares/${shareId}`);
  expect(response.status).toBe(200);
  return (
    (await response.json()) as { replies: { v: 1; id: string; iv: string; ciphertext: string; createdAt: string }[] }
  ).replies;
}

describe('POST /api/shares/:id/replies', () => {
  it('stores a reply (201, id, createdAt, Location) that reads back through the share and opens with the key', async () => {
    const share = await publish();
    const response = await post(share.id, await replyBody(share.id, 'Thank you, let us talk on Friday.'));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; createdAt: string };
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(response.headers.get('location')).toBe(`${repliesPath(share.id)}/${created.id}`);
    const [reply, ...others] = await repliesOf(share.id);
    expect(others).toEqual([]);
    expect(reply).toMatchObject({ v: 1, id: created.id, createdAt: created.createdAt });
    expect(await open(key, { ...reply!, v: 2 }, replyAad(share.id))).toMatchObject({
      text: 'Thank you, let us talk on Friday.',
    });
    await expect(open(key, { ...reply!, v: 2 }, shareAad(share.id))).rejects.toThrow();
  });

  it('lists replies oldest first, by createdAt and then id', async () => {
    const share = await publish();
    const created = [];
    for (const text of ['one', 'two', 'three'])
      created.push(
        (await (await post(share.id, await replyBody(share.id, text))).json()) as { id: string; createdAt: string },
      );
    created.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    expect((await repliesOf(share.id)).map((r) => r.id)).toEqual(created.map((c) => c.id));
  });

  it('answers absent, revoked, expired and malformed shares with the same 404 as GET, and stores nothing', async () => {
    const revoked = await publish();
    expect(
      (await call(shares, `/api/shares/${revoked.id}`, { method: 'DELETE', headers: auth(revoked.token) })).status,
    ).toBe(204);
    const expiredId = newId();
    await createShare(expiredId, newOwnerToken(), opaquePayload(), 1, new Date(Date.now() - 2 * DAY));
    const getBody = await (await call(shares, `/api/shares/${'B'.repeat(22)}`)).text();
    for (const id of ['B'.repeat(22), revoked.id, expiredId, 'bad!id']) {
      const response = await post(id, { ...opaquePayload(), v: 1 });
      expect(response.status, id).toBe(404);
      expect(await response.text()).toBe(getBody);
      if (id !== 'bad!id') expect(await storedKeys(id)).toEqual([]);
    }
  });

  it.each([
    [
      'a body over 16 KB',
      'application/json',
      JSON.stringify({ ...opaquePayload(), v: 1, ciphertext: 'A'.repeat(17 * 1024) }),
      413,
      'payload_too_large',
    ],
    ['text/plain', 'text/plain', JSON.stringify({ ...opaquePayload(), v: 1 }), 415, 'unsupported_media_type'],
    ['text that is not JSON', 'application/json', '{"v":1,', 400, 'invalid_json'],
    [
      'v 2 (not a reply format)',
      'application/json',
      JSON.stringify({ ...opaquePayload(), v: 2 }),
      400,
      'invalid_request',
    ],
    [
      'no iv',
      'application/json',
      JSON.stringify({ v: 1, ciphertext: opaquePayload().ciphertext }),
      400,
      'invalid_request',
    ],
    [
      'ciphertext that is not base64url',
      'application/json',
      JSON.stringify({ ...opaquePayload(), v: 1, ciphertext: '<b>hello</b> there, in plain text' }),
      400,
      'invalid_request',
    ],
    [
      'an extra field',
      'application/json',
      JSON.stringify({ ...opaquePayload(), v: 1, text: 'plaintext' }),
      400,
      'invalid_request',
    ],
    ['an array', 'application/json', '[]', 400, 'invalid_request'],
  ])('refuses %s with a sentence and stores nothing', async (_name, type, body, status, code) => {
    const share = await publish();
    const response = await send(repliesPath(share.id), { method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^[A-Z].*\.$/);
    expect(await repliesOf(share.id)).toEqual([]);
  });

  it('answers other methods with 405 and an Allow header', async () => {
    const share = await publish();
    const get = await send(repliesPath(share.id), { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const put = await send(`${repliesPath(share.id)}/${newId()}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('DELETE');
  });
});

describe('the 20-reply cap', () => {
  it('takes 20 replies and answers the 21st with 409 and a sentence', async () => {
    const share = await publish();
    for (let i = 0; i < 20; i++)
      expect((await post(share.id, await replyBody(share.id, `reply ${i}`))).status).toBe(201);
    const full = await post(share.id, await replyBody(share.id, 'one too many'));
    expect(full.status).toBe(409);
    expect((await errorOf(full)).message).toMatch(/20 replies.*not sent/);
    expect(await repliesOf(share.id)).toHaveLength(20);
  });

  it('holds under 40 concurrent replies: exactly 20 × 201 and 20 × 409, 20 stored', async () => {
    const share = await publish();
    const body = await replyBody(share.id, 'at the same time');
    const statuses = await Promise.all(Array.from({ length: 40 }, () => post(share.id, body).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s) => s === 409)).toHaveLength(20);
    expect(await repliesOf(share.id)).toHaveLength(20);
    expect(await storedKeys(share.id)).toHaveLength(20);
  });

  it('makes room again when the owner deletes a reply', async () => {
    const share = await publish();
    const ids = [];
    for (let i = 0; i < 20; i++)
      ids.push(((await (await post(share.id, await replyBody(share.id, `r${i}`))).json()) as { id: string }).id);
    expect((await remove(share.id, ids[7]!, auth(share.token))).status).toBe(204);
    expect((await post(share.id, await replyBody(share.id, 'room again'))).status).toBe(201);
    expect((await post(share.id, await replyBody(share.id, 'full again'))).status).toBe(409);
  });

  // A delete writes a tombstone over the reply, then empties the slot. Cut off in between (its instance stopped), it
  // leaves the tombstone: written here as deleteReply writes it. What this cannot show: that no Netlify function runs
  // anywhere near ABANDONED_TOMBSTONE_MS, which is what makes taking the slot safe (Netlify's documented limit: 60 s).
  it('takes a slot back from a delete that stopped halfway, once its tombstone is ten minutes old', async () => {
    const share = await publish();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++)
      ids.push(((await (await post(share.id, await replyBody(share.id, `r${i}`))).json()) as { id: string }).id);
    const slot = (await storedKeys(share.id)).sort()[7]!;
    const halfDeleted = (ageMs: number) =>
      rawReplies().setJSON(slot, {
        format: 2,
        tombstone: true,
        deletedAt: new Date(Date.now() - ageMs).toISOString(),
        writeId: newId(),
      });

    // Just now: the delete may still be running, and would empty the slot under a new reply.
    await halfDeleted(1_000);
    const refused = await post(share.id, await replyBody(share.id, 'too soon'));
    expect(refused.status).toBe(409);
    expect(await repliesOf(share.id)).toHaveLength(19);

    await halfDeleted(ABANDONED_TOMBSTONE_MS + 1_000);
    const taken = await post(share.id, await replyBody(share.id, 'in the freed slot'));
    expect(taken.status).toBe(201);
    const { id } = (await taken.json()) as { id: string };
    const replies = await repliesOf(share.id);
    expect(replies).toHaveLength(20);
    expect(replies.map((r) => r.id)).toContain(id);
    expect((await post(share.id, await replyBody(share.id, 'full again'))).status).toBe(409);
    // The new reply is an ordinary one: its owner can delete it, and the slot frees at once.
    expect((await remove(share.id, id, auth(share.token))).status).toBe(204);
    expect((await post(share.id, await replyBody(share.id, 'room again'))).status).toBe(201);
  });
});

describe('the per-IP limit (per instance)', () => {
  it('takes 10 replies a minute from one IP, then answers 429 with Retry-After and a sentence; other IPs go on', async () => {
    const share = await publish();
    const ip = '203.0.113.77';
    for (let i = 0; i < 10; i++)
      expect((await post(share.id, await replyBody(share.id, `r${i}`), ip)).status).toBe(201);
    const limited = await post(share.id, await replyBody(share.id, 'eleventh'), ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await errorOf(limited)).message).toMatch(/Wait a minute/);
    expect((await post(share.id, await replyBody(share.id, 'from elsewhere'), '203.0.113.78')).status).toBe(201);
    expect(await repliesOf(share.id)).toHaveLength(11);
  });
});
