import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import entries from '../../netlify/functions/entries.mts';
import { decryptJson, encryptJson, newKey } from '../../src/browser/vault-crypto';
import { call, errorOf } from '../support/api';
import { useLocalBlobs } from '../support/blobs';

const blobsOf = useLocalBlobs({ beforeAll, afterAll });
let key: string;
beforeAll(async () => {
  key = await newKey();
});

const json = (body: unknown) => JSON.stringify(body);
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function create(value: unknown = { summary: 'hello' }) {
  const response = await call(entries, '/api/entries', { method: 'POST', body: json(await encryptJson(key, value)) });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; ownerToken: string; revision: number };
}

describe('POST /api/entries', () => {
  it('stores ciphertext and returns a 128-bit id, a 256-bit owner token and revision 1', async () => {
    const created = await create();
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.revision).toBe(1);
  });

  it.each([
    ['non-JSON', 'nope', 400, /not valid JSON/],
    ['a wrong version', json({ v: 2, iv: 'a'.repeat(16), ciphertext: 'b'.repeat(40) }), 400, /v must be 1/],
    ['a missing iv', json({ v: 1, ciphertext: 'b'.repeat(40) }), 400, /iv is required/],
    ['a short iv', json({ v: 1, iv: 'abc', ciphertext: 'b'.repeat(40) }), 400, /iv must be 16/],
    ['non-base64 ciphertext', json({ v: 1, iv: 'a'.repeat(16), ciphertext: 'not base64 at all!!' + 'x'.repeat(10) }), 400, /ciphertext must be base64url/],
    ['plaintext fields', json({ v: 1, iv: 'a'.repeat(16), ciphertext: 'b'.repeat(40), summary: 'readable' }), 400, /summary/],
    ['a body over 256 KB', json({ v: 1, iv: 'a'.repeat(16), ciphertext: 'b'.repeat(300_000) }), 413, /larger than 256 KB/],
  ])('refuses %s with a clear 4xx and stores nothing', async (_name, body, status, message) => {
    const before = (await blobsOf().allFiles()).length;
    const response = await call(entries, '/api/entries', { method: 'POST', body });
    expect(response.status).toBe(status);
    expect((await errorOf(response)).message).toMatch(message);
    expect((await blobsOf().allFiles()).length).toBe(before);
  });

  it('answers GET on the collection with 405 and says what is allowed', async () => {
    const response = await call(entries, '/api/entries', { method: 'GET' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers POST on an entry with 405 and the entry’s methods', async () => {
    const response = await call(entries, `/api/entries/${'A'.repeat(22)}`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, PUT, DELETE');
  });
});

describe('GET /api/entries/:id', () => {
  it('returns the ciphertext to its owner, which decrypts to what was saved', async () => {
    const created = await create({ summary: 'my words' });
    const response = await call(entries, `/api/entries/${created.id}`, { headers: auth(created.ownerToken) });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"1"');
    const body = (await response.json()) as { v: 1; iv: string; ciphertext: string };
    expect(await decryptJson(key, body)).toEqual({ summary: 'my words' });
  });

  it('answers a missing Authorization header with 401 and no data', async () => {
    const created = await create();
    const response = await call(entries, `/api/entries/${created.id}`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('ciphertext');
  });

  it('answers a wrong token, or another entry’s token, with 404 and no data', async () => {
    const mine = await create();
    const theirs = await create();
    for (const token of ['x'.repeat(43), theirs.ownerToken]) {
      const response = await call(entries, `/api/entries/${mine.id}`, { headers: auth(token) });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('ciphertext');
    }
  });

  it('answers an unknown or malformed id with 404', async () => {
    const created = await create();
    for (const id of ['A'.repeat(22), 'not-an-id', '..%2F..%2Fetc', '%E0%A4%A', '%ZZ']) {
      expect((await call(entries, `/api/entries/${id}`, { headers: auth(created.ownerToken) })).status).toBe(404);
    }
  });
});

describe('PUT /api/entries/:id', () => {
  it('updates with the current revision and returns the next', async () => {
    const created = await create({ n: 1 });
    const response = await call(entries, `/api/entries/${created.id}`, { method: 'PUT', headers: { ...auth(created.ownerToken), 'if-match': '"1"' }, body: json(await encryptJson(key, { n: 2 })) });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    const read = await call(entries, `/api/entries/${created.id}`, { headers: auth(created.ownerToken) });
    expect(await decryptJson(key, (await read.json()) as { v: 1; iv: string; ciphertext: string })).toEqual({ n: 2 });
  });

  it('refuses a stale If-Match with 412 and the current revision, and keeps the newer data', async () => {
    const created = await create({ n: 1 });
    const put = async (ifMatch: string, n: number) =>
      call(entries, `/api/entries/${created.id}`, { method: 'PUT', headers: { ...auth(created.ownerToken), 'if-match': ifMatch }, body: json(await encryptJson(key, { n })) });
    expect((await put('"1"', 2)).status).toBe(200);
    const stale = await put('"1"', 3);
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { currentRevision: number }).currentRevision).toBe(2);
  });

  it('requires If-Match (428) and the owner token (401)', async () => {
    const created = await create();
    const body = json(await encryptJson(key, {}));
    expect((await call(entries, `/api/entries/${created.id}`, { method: 'PUT', headers: auth(created.ownerToken), body })).status).toBe(428);
    expect((await call(entries, `/api/entries/${created.id}`, { method: 'PUT', headers: { 'if-match': '"1"' }, body })).status).toBe(401);
  });

  it('lets exactly one of 50 concurrent updates with the same revision through; the rest get 412', async () => {
    const created = await create({ n: 0 });
    const bodies = await Promise.all(Array.from({ length: 50 }, (_, n) => encryptJson(key, { n: n + 1 })));
    const responses = await Promise.all(
      bodies.map((body) => call(entries, `/api/entries/${created.id}`, { method: 'PUT', headers: { ...auth(created.ownerToken), 'if-match': '"1"' }, body: json(body) })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
  });
});

describe('DELETE /api/entries/:id', () => {
  it('deletes for the owner only; afterwards the entry is gone', async () => {
    const created = await create();
    const other = await create();
    expect((await call(entries, `/api/entries/${created.id}`, { method: 'DELETE', headers: auth(other.ownerToken) })).status).toBe(404);
    expect((await call(entries, `/api/entries/${created.id}`, { method: 'DELETE', headers: auth(created.ownerToken) })).status).toBe(204);
    expect((await call(entries, `/api/entries/${created.id}`, { headers: auth(created.ownerToken) })).status).toBe(404);
  });
});

describe('many writers', () => {
  it('keeps all of 200 concurrent creates readable afterwards', async () => {
    const payloads = await Promise.all(Array.from({ length: 200 }, (_, n) => encryptJson(key, { n })));
    const created = await Promise.all(
      payloads.map(async (payload) => (await call(entries, '/api/entries', { method: 'POST', body: json(payload) })).json() as Promise<{ id: string; ownerToken: string }>),
    );
    expect(new Set(created.map((c) => c.id)).size).toBe(200);
    const values = await Promise.all(
      created.map(async (c) => decryptJson(key, (await (await call(entries, `/api/entries/${c.id}`, { headers: auth(c.ownerToken) })).json()) as { v: 1; iv: string; ciphertext: string })),
    );
    expect(values.map((v) => (v as { n: number }).n).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, n) => n));
  });
});
