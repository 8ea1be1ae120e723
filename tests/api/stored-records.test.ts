// What is already in the store when the code changes: records written by the first format still read (and an
// update rewrites them in format 2), and a blob that is not JSON or not a known format reads as absent (404),
// never a 500, and is never overwritten.
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import entries from '../../netlify/functions/entries.mts';
import shares from '../../netlify/functions/shares.mts';
import { hashToken } from '../../netlify/lib/tokens';
import { call, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { newKey, open, opaquePayload, seal } from './harness/ciphertext';

useLocalBlobs({ beforeAll, afterAll });

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const store = (name: 'entries' | 'shares') => getStore({ name, consistency: 'strong' });
const iso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();

describe('format 1 records (written before format 2)', () => {
  it('reads a format 1 entry, updates it on its revision and stores the update as format 2', async () => {
    const key = await newKey();
    const id = newId();
    const token = newOwnerToken();
    const old = await seal(key, { from: 'format 1' });
    await store('entries').setJSON(id, { v: 1, iv: old.iv, ciphertext: old.ciphertext, ownerTokenHash: hashToken(token), revision: 3, createdAt: iso(-1000), updatedAt: iso(-500) });

    const read = await call(entries, `/api/entries/${id}`, { headers: auth(token) });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"3"');
    const body = (await read.json()) as { v: 1; iv: string; ciphertext: string; revision: number };
    expect(body).toMatchObject({ v: 1, revision: 3 });
    expect(await open(key, body)).toEqual({ from: 'format 1' });

    const next = opaquePayload(2);
    expect((await putJson(entries, `/api/entries/${id}`, next, { ...auth(token), 'if-match': '"3"' })).status).toBe(200);
    expect(await store('entries').get(id, { type: 'json' })).toMatchObject({ format: 2, payload: next, revision: 4 });
  });

  it('reads a format 1 share', async () => {
    const id = newId();
    const payload = opaquePayload(1);
    const expiresAt = iso(86_400_000);
    await store('shares').setJSON(id, { v: 1, iv: payload.iv, ciphertext: payload.ciphertext, ownerTokenHash: hashToken(newOwnerToken()), createdAt: iso(), expiresAt });
    const read = await call(shares, `/api/shares/${id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ ...payload, expiresAt });
  });
});

describe('blobs this code cannot read', () => {
  const unreadable = {
    'text that is not JSON': 'not json at all {',
    'a record in a newer format': JSON.stringify({ format: 3, sealed: 'x', revision: 1 }),
    'a JSON array': '[]',
  };

  it.each(Object.entries(unreadable))('treats %s as absent: 404 on every entry method, and a create never overwrites it', async (_name, data) => {
    const id = newId();
    const token = newOwnerToken();
    await store('entries').set(id, data);
    expect((await call(entries, `/api/entries/${id}`, { headers: auth(token) })).status).toBe(404);
    expect((await putJson(entries, `/api/entries/${id}`, opaquePayload(), { ...auth(token), 'if-match': '*' })).status).toBe(404);
    expect((await call(entries, `/api/entries/${id}`, { method: 'DELETE', headers: auth(token) })).status).toBe(404);
    expect((await putJson(entries, `/api/entries/${id}`, opaquePayload(), { ...auth(token), 'if-none-match': '*' })).status).toBe(409);
    expect(await store('entries').get(id)).toBe(data);
  });

  it.each(Object.entries(unreadable))('treats %s as an absent share: 404 to GET and DELETE', async (_name, data) => {
    const id = newId();
    await store('shares').set(id, data);
    expect((await call(shares, `/api/shares/${id}`)).status).toBe(404);
    expect((await call(shares, `/api/shares/${id}`, { method: 'DELETE', headers: auth(newOwnerToken()) })).status).toBe(404);
    expect(await store('shares').get(id)).toBe(data);
  });

  it('treats an entry tombstone as absent, and never creates over it (410)', async () => {
    const id = newId();
    const token = newOwnerToken();
    await store('entries').setJSON(id, { format: 2, tombstone: true, revision: 4, deletedAt: iso(), writeId: newId() });
    expect((await call(entries, `/api/entries/${id}`, { headers: auth(token) })).status).toBe(404);
    expect((await putJson(entries, `/api/entries/${id}`, opaquePayload(), { ...auth(token), 'if-none-match': '*' })).status).toBe(410);
  });
});
