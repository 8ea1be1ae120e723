import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cleanupShares from '../../netlify/functions/cleanup-shares.mts';
import entries from '../../netlify/functions/entries.mts';
import shares from '../../netlify/functions/shares.mts';
import { createShare } from '../../netlify/lib/share-store';
import { call, errorOf, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { entryAad, newKey, open, opaquePayload, seal, shareAad } from './harness/ciphertext';

const blobsOf = useLocalBlobs({ beforeAll, afterAll });
let key: CryptoKey;
beforeAll(async () => {
  key = await newKey();
});

const path = (id: string) => `/api/shares/${id}`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const DAY = 86_400_000;

async function publish(value: unknown, expiresInDays = 7) {
  const id = newId();
  const token = newOwnerToken();
  const response = await putJson(
    shares,
    path(id),
    { ...(await seal(key, value, shareAad(id))), expiresInDays },
    { ...auth(token), 'if-none-match': '*' },
  );
  expect(response.status).toBe(201);
  const answer = (await response.json()) as { id: string; createdAt: string; expiresAt: string };
  expect(answer.id).toBe(id);
  return { ...answer, token };
}

describe('PUT /api/shares/:id with If-None-Match: *', () => {
  it('publishes for 1, 7 or 30 days under the browser’s id and says when it expires', async () => {
    for (const days of [1, 7, 30]) {
      const before = Date.now();
      const share = await publish({ summary: 's' }, days);
      const expires = new Date(share.expiresAt).getTime();
      expect(expires - before).toBeGreaterThanOrEqual(days * DAY - 1_000);
      expect(expires - before).toBeLessThanOrEqual(days * DAY + 5_000);
      expect(new Date(share.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1_000);
    }
  });

  it('tells a retry with the same token that the share exists (412, with its dates), and keeps one copy', async () => {
    const share = await publish({ summary: 'once' });
    const retry = await putJson(
      shares,
      path(share.id),
      { ...opaquePayload(), expiresInDays: 30 },
      { ...auth(share.token), 'if-none-match': '*' },
    );
    expect(retry.status).toBe(412);
    expect(await retry.json()).toMatchObject({
      error: { code: 'precondition_failed' },
      createdAt: share.createdAt,
      expiresAt: share.expiresAt,
    });
    const read = (await (await call(shares, path(share.id))).json()) as { v: 2; iv: string; ciphertext: string };
    expect(await open(key, read, shareAad(share.id))).toEqual({ summary: 'once' });
  });

  it('answers 409 id_taken, revealing nothing, to another token', async () => {
    const share = await publish({});
    const response = await putJson(
      shares,
      path(share.id),
      { ...opaquePayload(), expiresInDays: 1 },
      { ...auth(newOwnerToken()), 'if-none-match': '*' },
    );
    expect(response.status).toBe(409);
    expect(Object.keys((await response.json()) as object)).toEqual(['error']);
  });

  it.each([
    ['no owner token', {}, 401, /owner token/],
    ['no If-None-Match', { ...auth(newOwnerToken()) }, 428, /If-None-Match: \*/],
    ['If-Match instead of If-None-Match', { ...auth(newOwnerToken()), 'if-match': '*' }, 428, /cannot be changed/],
  ])('refuses a publish with %s', async (_name, headers, status, message) => {
    const response = await putJson(shares, path(newId()), { ...opaquePayload(), expiresInDays: 1 }, headers);
    expect(response.status).toBe(status);
    expect((await errorOf(response)).message).toMatch(message);
  });

  it.each(['GET', 'POST', 'PUT', 'DELETE'])(
    'answers %s on the collection with 405 and says how to publish',
    async (method) => {
      const response = await call(shares, '/api/shares', {
        method,
        ...(method === 'GET' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' }),
      });
      expect(response.status).toBe(405);
      expect((await errorOf(response)).message).toBe('Publish a share with PUT /api/shares/<id> and If-None-Match: *.');
    },
  );
});

describe('GET /api/shares/:id', () => {
  it('lets anyone with the id read the ciphertext as sent (v 2, bound to the share id)', async () => {
    const share = await publish({ summary: 'for my mentor' });
    const response = await call(shares, path(share.id));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      v: 2;
      iv: string;
      ciphertext: string;
      createdAt: string;
      expiresAt: string;
    };
    expect(body).toMatchObject({ v: 2, createdAt: share.createdAt, expiresAt: share.expiresAt });
    expect(await open(key, body, shareAad(share.id))).toEqual({ summary: 'for my mentor' });
    await expect(open(key, body, shareAad(newId()))).rejects.toThrow();
  });

  it('answers absent, revoked, expired and malformed ids with the same 404', async () => {
    const revoked = await publish({});
    expect((await call(shares, path(revoked.id), { method: 'DELETE', headers: auth(revoked.token) })).status).toBe(204);
    const expiredId = newId();
    await createShare(expiredId, newOwnerToken(), opaquePayload(), 1, new Date(Date.now() - 2 * DAY));
    const bodies = [];
    for (const id of ['B'.repeat(22), revoked.id, expiredId, 'bad!id']) {
      const response = await call(shares, path(id));
      expect(response.status).toBe(404);
      bodies.push(await response.text());
    }
    expect(new Set(bodies).size).toBe(1);
  });
});

describe('DELETE /api/shares/:id', () => {
  it('revokes for the owner only', async () => {
    const share = await publish({});
    expect((await call(shares, path(share.id), { method: 'DELETE' })).status).toBe(401);
    expect((await call(shares, path(share.id), { method: 'DELETE', headers: auth(newOwnerToken()) })).status).toBe(404);
    expect((await call(shares, path(share.id))).status).toBe(200);
    expect((await call(shares, path(share.id), { method: 'DELETE', headers: auth(share.token) })).status).toBe(204);
    expect((await call(shares, path(share.id), { method: 'DELETE', headers: auth(share.token) })).status).toBe(404);
  });
});

describe('the scheduled cleanup', () => {
  const raw = () => getStore({ name: 'shares', consistency: 'strong' });
  /** Still there as it was written: not replaced by a tombstone, not deleted. */
  const kept = async (id: string, data: string) => (await raw().get(id, { type: 'text' })) === data;

  it('turns an expired share into a tombstone (id and time only) and keeps live ones', async () => {
    const live = await publish({});
    const expiredId = newId();
    await createShare(expiredId, newOwnerToken(), opaquePayload(), 1, new Date(Date.now() - 2 * DAY));
    expect((await cleanupShares()).status).toBe(204);
    const stored = (await raw().get(expiredId, { type: 'json' })) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['endedAt', 'format', 'tombstone', 'writeId']);
    expect((await call(shares, path(live.id))).status).toBe(200);
  });

  it('ends a record it cannot otherwise parse only when its expiresAt is a date in the past', async () => {
    const past = new Date(Date.now() - DAY).toISOString();
    const future = new Date(Date.now() + DAY).toISOString();
    const cases = {
      newerFormatExpired: {
        id: newId(),
        data: JSON.stringify({ format: 3, sealed: 'x', expiresAt: past }),
        kept: false,
      },
      newerFormatLive: { id: newId(), data: JSON.stringify({ format: 3, sealed: 'x', expiresAt: future }), kept: true },
      newerFormatOtherExpiry: { id: newId(), data: JSON.stringify({ format: 3, expiry: { at: past } }), kept: true },
      unreadableDate: { id: newId(), data: JSON.stringify({ format: 3, expiresAt: 'next tuesday' }), kept: true },
      notJson: { id: newId(), data: 'this is not JSON', kept: true },
      jsonArray: { id: newId(), data: '[1, 2, 3]', kept: true },
    };
    for (const { id, data } of Object.values(cases)) await raw().set(id, data);
    await cleanupShares();
    for (const [name, { id, data, kept: keep }] of Object.entries(cases)) expect(await kept(id, data), name).toBe(keep);
  });
});

describe('at rest', () => {
  it('keeps nothing readable: known phrases and owner tokens never appear in the blob store’s files', async () => {
    const entryId = newId();
    const entryToken = newOwnerToken();
    const body = await seal(
      key,
      { answers: ['PINEAPPLE-ORBIT my mentor said the launch plan was not ready'] },
      entryAad(entryId, 1),
    );
    expect(
      (await putJson(entries, `/api/entries/${entryId}`, body, { ...auth(entryToken), 'if-none-match': '*' })).status,
    ).toBe(201);
    const share = await publish({
      summary: 'VELVET-HARBOUR questions for my mentor about the promotion',
      note: 'QUIET-LANTERN a personal note',
    });

    const files = await blobsOf().allFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const { path: file, text } of files) {
      for (const phrase of [
        'PINEAPPLE-ORBIT',
        'VELVET-HARBOUR',
        'QUIET-LANTERN',
        'launch plan',
        'promotion',
        entryToken,
        share.token,
      ]) {
        expect(text.includes(phrase), `${phrase} found in ${file}`).toBe(false);
      }
    }
  });
});
