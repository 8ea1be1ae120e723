// What is already in the store when the code changes: a blob that is not JSON or not in the current record format
// (a newer one, or format 1 that the migration has not rewritten yet) reads as absent (404), never a 500, and is
// never overwritten. The migration itself is tested in migrate-records.test.ts.
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import entries from '../../netlify/functions/entries.mts';
import shares from '../../netlify/functions/shares.mts';
import { call, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { opaquePayload } from './harness/ciphertext';

useLocalBlobs({ beforeAll, afterAll });

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const store = (name: 'entries' | 'shares') => getStore({ name, consistency: 'strong' });
const iso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();

describe('blobs this code cannot read', () => {
  const unreadable = {
    'text that is not JSON': 'not json at all {',
    'a record in a newer format': JSON.stringify({ format: 3, sealed: 'x', revision: 1 }),
    'a JSON array': '[]',
    'a format 1 record (before the migration)': JSON.stringify({
      v: 1,
      iv: 'AAAAAAAAAAAAAAAA',
      ciphertext: 'A'.repeat(32),
      ownerTokenHash: 'a'.repeat(64),
      revision: 2,
      createdAt: iso(),
      updatedAt: iso(),
      expiresAt: iso(86_400_000),
    }),
  };

  it.each(Object.entries(unreadable))(
    'treats %s as absent: 404 on every entry method, and a create never overwrites it',
    async (_name, data) => {
      const id = newId();
      const token = newOwnerToken();
      await store('entries').set(id, data);
      expect((await call(entries, `/api/entries/${id}`, { headers: auth(token) })).status).toBe(404);
      expect(
        (await putJson(entries, `/api/entries/${id}`, opaquePayload(), { ...auth(token), 'if-match': '*' })).status,
      ).toBe(404);
      expect((await call(entries, `/api/entries/${id}`, { method: 'DELETE', headers: auth(token) })).status).toBe(404);
      expect(
        (await putJson(entries, `/api/entries/${id}`, opaquePayload(), { ...auth(token), 'if-none-match': '*' }))
          .status,
      ).toBe(409);
      expect(await store('entries').get(id)).toBe(data);
    },
  );

  it.each(Object.entries(unreadable))('treats %s as an absent share: 404 to GET and DELETE', async (_name, data) => {
    const id = newId();
    await store('shares').set(id, data);
    expect((await call(shares, `/api/shares/${id}`)).status).toBe(404);
    expect((await call(shares, `/api/shares/${id}`, { method: 'DELETE', headers: auth(newOwnerToken()) })).status).toBe(
      404,
    );
    expect(await store('shares').get(id)).toBe(data);
  });

  it('treats an entry tombstone as absent, and never creates over it (410)', async () => {
    const id = newId();
    const token = newOwnerToken();
    await store('entries').setJSON(id, { format: 2, tombstone: true, revision: 4, deletedAt: iso(), writeId: newId() });
    expect((await call(entries, `/api/entries/${id}`, { headers: auth(token) })).status).toBe(404);
    expect(
      (await putJson(entries, `/api/entries/${id}`, opaquePayload(), { ...auth(token), 'if-none-match': '*' })).status,
    ).toBe(410);
  });
});
