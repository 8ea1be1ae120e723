import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cleanupShares from '../../netlify/functions/cleanup-shares.mts';
import entries from '../../netlify/functions/entries.mts';
import shares from '../../netlify/functions/shares.mts';
import { createShare } from '../../netlify/lib/storage';
import { decryptJson, encryptJson, newKey } from '../../src/browser/vault-crypto';
import { call, errorOf } from '../support/api';
import { useLocalBlobs } from '../support/blobs';

const blobsOf = useLocalBlobs({ beforeAll, afterAll });
let key: string;
beforeAll(async () => {
  key = await newKey();
});

const json = (body: unknown) => JSON.stringify(body);

async function publish(value: unknown, expiresInDays = 7) {
  const response = await call(shares, '/api/shares', { method: 'POST', body: json({ ...(await encryptJson(key, value)), expiresInDays }) });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; ownerToken: string; expiresAt: string };
}

describe('POST /api/shares', () => {
  it('publishes for 1, 7 or 30 days and says when it expires', async () => {
    for (const days of [1, 7, 30]) {
      const before = Date.now();
      const share = await publish({ summary: 's' }, days);
      const expires = new Date(share.expiresAt).getTime();
      expect(expires - before).toBeGreaterThanOrEqual(days * 86_400_000 - 1_000);
      expect(expires - before).toBeLessThanOrEqual(days * 86_400_000 + 5_000);
    }
  });

  it.each([
    ['an unsupported expiry', { expiresInDays: 3 }, /expiresInDays must be 1, 7 or 30/],
    ['no expiry', { expiresInDays: undefined }, /expiresInDays/],
  ])('refuses %s', async (_name, extra, message) => {
    const response = await call(shares, '/api/shares', { method: 'POST', body: json({ ...(await encryptJson(key, {})), ...extra }) });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(message);
  });
});

describe('GET /api/shares/:id', () => {
  it('lets anyone with the id read the ciphertext, which decrypts with the link’s key', async () => {
    const share = await publish({ summary: 'for my mentor' });
    const response = await call(shares, `/api/shares/${share.id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { v: 1; iv: string; ciphertext: string; expiresAt: string };
    expect(body.expiresAt).toBe(share.expiresAt);
    expect(await decryptJson(key, body)).toEqual({ summary: 'for my mentor' });
  });

  it('answers absent, revoked, expired and malformed ids with the same 404', async () => {
    const revoked = await publish({});
    expect((await call(shares, `/api/shares/${revoked.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${revoked.ownerToken}` } })).status).toBe(204);
    const expired = await createShare(await encryptJson(key, {}), 1, new Date(Date.now() - 2 * 86_400_000));
    const bodies = [];
    for (const id of ['B'.repeat(22), revoked.id, expired.id, 'bad!id']) {
      const response = await call(shares, `/api/shares/${id}`);
      expect(response.status).toBe(404);
      bodies.push(await response.text());
    }
    expect(new Set(bodies).size).toBe(1);
  });
});

describe('DELETE /api/shares/:id', () => {
  it('revokes for the owner only', async () => {
    const share = await publish({});
    expect((await call(shares, `/api/shares/${share.id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await call(shares, `/api/shares/${share.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${'z'.repeat(43)}` } })).status).toBe(404);
    expect((await call(shares, `/api/shares/${share.id}`)).status).toBe(200);
  });
});

describe('the scheduled cleanup', () => {
  it('deletes expired shares and keeps live ones', async () => {
    const live = await publish({});
    const expired = await createShare(await encryptJson(key, {}), 1, new Date(Date.now() - 2 * 86_400_000));
    const response = await cleanupShares();
    expect(response.status).toBe(204);
    const files = (await blobsOf().allFiles()).map((f) => f.path);
    expect(files.some((p) => p.endsWith(expired.id))).toBe(false);
    expect(files.some((p) => p.endsWith(live.id))).toBe(true);
  });
});

describe('at rest', () => {
  it('keeps nothing readable: known phrases never appear in the blob store’s files', async () => {
    const entryPhrase = 'PINEAPPLE-ORBIT my mentor said the launch plan was not ready';
    const sharePhrase = 'VELVET-HARBOUR questions for my mentor about the promotion';
    const notePhrase = 'QUIET-LANTERN a personal note';
    const created = await call(entries, '/api/entries', { method: 'POST', body: json(await encryptJson(key, { answers: [entryPhrase] })) });
    expect(created.status).toBe(201);
    const shareKey = await newKey();
    const share = await call(shares, '/api/shares', { method: 'POST', body: json({ ...(await encryptJson(shareKey, { summary: sharePhrase, note: notePhrase })), expiresInDays: 1 }) });
    expect(share.status).toBe(201);
    const { ownerToken } = (await created.json()) as { ownerToken: string };

    const files = await blobsOf().allFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const { path, text } of files) {
      for (const phrase of ['PINEAPPLE-ORBIT', 'VELVET-HARBOUR', 'QUIET-LANTERN', 'launch plan', 'promotion', ownerToken]) {
        expect(text.includes(phrase), `${phrase} found in ${path}`).toBe(false);
      }
    }
  });
});
