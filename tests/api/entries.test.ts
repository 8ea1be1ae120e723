import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import entries from '../../netlify/functions/entries.mts';
import { call, errorOf, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { entryAad, newKey, open, opaquePayload, seal } from './harness/ciphertext';

const blobsOf = useLocalBlobs({ beforeAll, afterAll });
let key: CryptoKey;
beforeAll(async () => {
  key = await newKey();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const path = (id: string) => `/api/entries/${id}`;
/** The data files of the entries store (the local server keeps `entries/<site>/site:entries/<key>`). */
const entryFiles = async () =>
  (await blobsOf().allFiles()).filter((f) =>
    f.path.startsWith(`${blobsOf().directory}/entries/${blobsOf().siteID}/site:entries/`),
  );

/** Creates an entry the way the browser does: its own id and token, v 2 bound to revision 1. */
async function create(value: unknown = { summary: 'hello' }) {
  const id = newId();
  const token = newOwnerToken();
  const response = await putJson(entries, path(id), await seal(key, value, entryAad(id, 1)), {
    ...auth(token),
    'if-none-match': '*',
  });
  expect(response.status).toBe(201);
  return { id, token, response };
}

async function read(id: string, token: string) {
  const response = await call(entries, path(id), { headers: auth(token) });
  expect(response.status).toBe(200);
  return (await response.json()) as { v: 1 | 2; iv: string; ciphertext: string; revision: number; updatedAt: string };
}

describe('PUT /api/entries/:id with If-None-Match: * (create)', () => {
  it('stores the ciphertext under the browser’s id and answers 201, revision 1, ETag "1" and Location', async () => {
    const { id, token, response } = await create({ summary: 'my words' });
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.headers.get('location')).toBe(`/api/entries/${id}`);
    const body = (await response.json()) as { id: string; revision: number; updatedAt: string };
    expect(body).toEqual({ id, revision: 1, updatedAt: expect.any(String) });
    const stored = await read(id, token);
    expect(stored.v).toBe(2);
    expect(await open(key, stored, entryAad(id, 1))).toEqual({ summary: 'my words' });
  });

  it('keeps one copy when the create is retried, and tells the retry its current revision (412)', async () => {
    const id = newId();
    const token = newOwnerToken();
    const body = await seal(key, { n: 1 }, entryAad(id, 1));
    const before = (await entryFiles()).length;
    expect((await putJson(entries, path(id), body, { ...auth(token), 'if-none-match': '*' })).status).toBe(201);
    const retry = await putJson(entries, path(id), body, { ...auth(token), 'if-none-match': '*' });
    expect(retry.status).toBe(412);
    expect(retry.headers.get('etag')).toBe('"1"');
    expect(await retry.json()).toMatchObject({ error: { code: 'precondition_failed' }, currentRevision: 1 });
    expect((await entryFiles()).length).toBe(before + 1);
  });

  it('answers 409 id_taken, revealing nothing, when the id holds someone else’s entry', async () => {
    const { id } = await create();
    const response = await putJson(entries, path(id), opaquePayload(), {
      ...auth(newOwnerToken()),
      'if-none-match': '*',
    });
    expect(response.status).toBe(409);
    expect(response.headers.get('etag')).toBeNull();
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['error']);
    expect((body['error'] as { code: string }).code).toBe('id_taken');
  });

  it('stores a v 1 payload (no associated data) as v 1 and returns it as sent', async () => {
    const id = newId();
    const token = newOwnerToken();
    const legacy = await seal(key, { old: true });
    expect((await putJson(entries, path(id), legacy, { ...auth(token), 'if-none-match': '*' })).status).toBe(201);
    const stored = await read(id, token);
    expect({ v: stored.v, iv: stored.iv, ciphertext: stored.ciphertext }).toEqual(legacy);
    expect(await open(key, stored)).toEqual({ old: true });
  });

  it.each([
    [
      'an id that is not 22 base64url characters',
      'short-id',
      newOwnerToken(),
      /entry id must be 22 base64url characters/,
    ],
    [
      'an owner token that is not 43 base64url characters',
      newId(),
      'x'.repeat(30),
      /owner token must be 43 base64url characters/,
    ],
  ])('refuses %s with 400 and stores nothing', async (_name, id, token, message) => {
    const before = (await entryFiles()).length;
    const response = await putJson(entries, path(id), opaquePayload(), { ...auth(token), 'if-none-match': '*' });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(message);
    expect((await entryFiles()).length).toBe(before);
  });
});

describe('/api/entries (the collection)', () => {
  it.each(['GET', 'POST', 'PUT', 'DELETE', 'PATCH'])(
    'answers %s with 405 and says how to create an entry',
    async (method) => {
      const response = await call(entries, '/api/entries', {
        method,
        ...(method === 'GET' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' }),
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('');
      expect((await errorOf(response)).message).toBe(
        'Create an entry with PUT /api/entries/<id> and If-None-Match: *.',
      );
    },
  );

  it('answers POST on an entry with 405 and the entry’s methods', async () => {
    const response = await call(entries, path(newId()), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, PUT, DELETE');
  });
});

describe('GET /api/entries/:id', () => {
  it('answers a missing Authorization header with 401 and no data', async () => {
    const { id } = await create();
    const response = await call(entries, path(id));
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('ciphertext');
  });

  it('answers a wrong token, or another entry’s token, with 404 and no data', async () => {
    const mine = await create();
    const theirs = await create();
    for (const token of ['x'.repeat(43), theirs.token]) {
      const response = await call(entries, path(mine.id), { headers: auth(token) });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('ciphertext');
    }
  });

  it('answers an unknown or malformed id with 404', async () => {
    const { token } = await create();
    for (const id of ['A'.repeat(22), 'not-an-id', '..%2F..%2Fetc', '%E0%A4%A', '%ZZ']) {
      expect((await call(entries, path(id), { headers: auth(token) })).status).toBe(404);
    }
  });
});

describe('PUT /api/entries/:id with If-Match (update)', () => {
  it('updates on the current revision and returns the next, bound to it', async () => {
    const { id, token } = await create({ n: 1 });
    const response = await putJson(entries, path(id), await seal(key, { n: 2 }, entryAad(id, 2)), {
      ...auth(token),
      'if-match': '"1"',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(await response.json()).toEqual({ revision: 2, updatedAt: expect.any(String) });
    const stored = await read(id, token);
    expect(await open(key, stored, entryAad(id, stored.revision))).toEqual({ n: 2 });
  });

  it('lets exactly one of 50 concurrent updates with the same revision through; the rest get 412 with revision 2', async () => {
    const { id, token } = await create({ n: 0 });
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        putJson(entries, path(id), opaquePayload(), { ...auth(token), 'if-match': '"1"' }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    expect(new Set(responses.filter((r) => r.status === 412).map((r) => r.headers.get('etag')))).toEqual(
      new Set(['"2"']),
    );
  });

  it('answers 404 for an entry that does not exist, whatever the precondition', async () => {
    for (const ifMatch of ['"1"', '*', 'garbage']) {
      expect(
        (await putJson(entries, path(newId()), opaquePayload(), { ...auth(newOwnerToken()), 'if-match': ifMatch }))
          .status,
      ).toBe(404);
    }
  });
});

describe('DELETE /api/entries/:id', () => {
  it('deletes for the owner only; afterwards the entry is gone and only a tombstone (id and time) is stored', async () => {
    const { id, token } = await create();
    const other = await create();
    expect((await call(entries, path(id), { method: 'DELETE', headers: auth(other.token) })).status).toBe(404);
    expect((await call(entries, path(id), { method: 'DELETE', headers: auth(token) })).status).toBe(204);
    expect((await call(entries, path(id), { headers: auth(token) })).status).toBe(404);
    expect((await call(entries, path(id), { method: 'DELETE', headers: auth(token) })).status).toBe(404);
    const left = (await entryFiles()).filter((f) => f.path.endsWith(id));
    expect(left).toHaveLength(1);
    expect(Object.keys(JSON.parse(left[0]?.text ?? '{}') as object).sort()).toEqual([
      'deletedAt',
      'format',
      'revision',
      'tombstone',
      'writeId',
    ]);
  });

  it.each([
    ['the owner’s token', (token: string) => token],
    ['another token', () => newOwnerToken()],
  ])(
    'refuses to create the id again after a delete, with %s: 410 gone, a sentence, nothing stored',
    async (_name, tokenFor) => {
      const { id, token } = await create();
      expect((await call(entries, path(id), { method: 'DELETE', headers: auth(token) })).status).toBe(204);
      const again = await putJson(entries, path(id), opaquePayload(), {
        ...auth(tokenFor(token)),
        'if-none-match': '*',
      });
      expect(again.status).toBe(410);
      expect(await errorOf(again)).toEqual({
        code: 'gone',
        message:
          'This journal entry was deleted, and its id is never used again. Save it under a new random id and token.',
      });
      expect((await call(entries, path(id), { headers: auth(tokenFor(token)) })).status).toBe(404);
    },
  );
});

describe('every answer', () => {
  it('carries no-store, nosniff and a CSP that allows nothing, on 201, 200, 304, 412, 204, 404 and 405', async () => {
    const { id, token, response: createdAnswer } = await create();
    const answers = [
      createdAnswer,
      await call(entries, path(id), { headers: auth(token) }),
      await call(entries, path(id), { headers: { ...auth(token), 'if-none-match': '"1"' } }),
      await putJson(entries, path(id), opaquePayload(), { ...auth(token), 'if-match': '"7"' }),
      await call(entries, path(id), { method: 'DELETE', headers: auth(token) }),
      await call(entries, path(id), { headers: auth(token) }),
      await call(entries, '/api/entries'),
    ];
    expect(answers.map((a) => a.status)).toEqual([201, 200, 304, 412, 204, 404, 405]);
    for (const answer of answers) {
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });
});

describe('many writers', () => {
  it('keeps all of 200 concurrent creates readable afterwards', async () => {
    const made = await Promise.all(
      Array.from({ length: 200 }, async (_, n) => {
        const id = newId();
        const token = newOwnerToken();
        const response = await putJson(entries, path(id), await seal(key, { n }, entryAad(id, 1)), {
          ...auth(token),
          'if-none-match': '*',
        });
        return { id, token, status: response.status };
      }),
    );
    expect(made.every((m) => m.status === 201)).toBe(true);
    const values = await Promise.all(made.map(async (m) => open(key, await read(m.id, m.token), entryAad(m.id, 1))));
    expect(values.map((v) => (v as { n: number }).n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 200 }, (_, n) => n),
    );
  });
});
