// RFC 9110 conditional requests on /api/entries/:id, as a table. Each row starts from an entry at revision 2
// (so "1" is stale and "2" current) and checks the status, the ETag, and what is stored afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import entries from '../../netlify/functions/entries.mts';
import { call, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { opaquePayload } from './harness/ciphertext';

useLocalBlobs({ beforeAll, afterAll });

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const path = (id: string) => `/api/entries/${id}`;

/** An entry at revision 2, and the ciphertext it holds. */
async function entryAtRevision2() {
  const id = newId();
  const token = newOwnerToken();
  expect((await putJson(entries, path(id), opaquePayload(), { ...auth(token), 'if-none-match': '*' })).status).toBe(
    201,
  );
  const current = opaquePayload();
  expect((await putJson(entries, path(id), current, { ...auth(token), 'if-match': '"1"' })).status).toBe(200);
  return { id, token, current };
}

type Row = [
  name: string,
  method: 'GET' | 'PUT' | 'DELETE',
  headers: Record<string, string>,
  status: number,
  etag: string | null,
  after: 'unchanged' | 'revision 3' | 'gone',
];

const rows: Row[] = [
  // The nine cases of the issue.
  ['If-Match "abc" (a tag that is not a revision) → 412', 'PUT', { 'if-match': '"abc"' }, 412, '"2"', 'unchanged'],
  ['If-Match W/"2" (weak: If-Match compares strongly) → 412', 'PUT', { 'if-match': 'W/"2"' }, 412, '"2"', 'unchanged'],
  ['If-Match * on an existing entry → 200', 'PUT', { 'if-match': '*' }, 200, '"3"', 'revision 3'],
  ['If-Match list "x", "2" (one member matches) → 200', 'PUT', { 'if-match': '"x", "2"' }, 200, '"3"', 'revision 3'],
  ['DELETE with a stale If-Match "1" → 412', 'DELETE', { 'if-match': '"1"' }, 412, '"2"', 'unchanged'],
  ['GET with If-None-Match of the current tag → 304', 'GET', { 'if-none-match': '"2"' }, 304, '"2"', 'unchanged'],
  ['PUT without If-Match or If-None-Match → 428', 'PUT', {}, 428, null, 'unchanged'],
  // More of RFC 9110 sections 13.1.1, 13.1.2 and 13.2.2.
  ['If-Match "1" (stale) → 412', 'PUT', { 'if-match': '"1"' }, 412, '"2"', 'unchanged'],
  ['If-Match "2" (current) → 200', 'PUT', { 'if-match': '"2"' }, 200, '"3"', 'revision 3'],
  [
    'If-Match abc (not a valid entity-tag) matches nothing → 412',
    'PUT',
    { 'if-match': 'abc' },
    412,
    '"2"',
    'unchanged',
  ],
  ['If-Match list with an empty element ", "2"" → 200', 'PUT', { 'if-match': ', "2"' }, 200, '"3"', 'revision 3'],
  ['If-Match list of weak tags only → 412', 'PUT', { 'if-match': 'W/"1", W/"2"' }, 412, '"2"', 'unchanged'],
  [
    'If-Match and If-None-Match: * together → 400',
    'PUT',
    { 'if-match': '"2"', 'if-none-match': '*' },
    400,
    null,
    'unchanged',
  ],
  ['If-None-Match "2" on PUT (only * creates) → 400', 'PUT', { 'if-none-match': '"2"' }, 400, null, 'unchanged'],
  [
    'If-None-Match: * on an existing entry (a create) → 412 with the current ETag',
    'PUT',
    { 'if-none-match': '*' },
    412,
    '"2"',
    'unchanged',
  ],
  ['DELETE with If-Match "2" (current) → 204', 'DELETE', { 'if-match': '"2"' }, 204, null, 'gone'],
  ['DELETE with If-Match * → 204', 'DELETE', { 'if-match': '*' }, 204, null, 'gone'],
  ['DELETE with If-Match W/"2" (weak) → 412', 'DELETE', { 'if-match': 'W/"2"' }, 412, '"2"', 'unchanged'],
  ['DELETE without If-Match → 204', 'DELETE', {}, 204, null, 'gone'],
  [
    'GET with If-None-Match W/"2" (weak comparison) → 304',
    'GET',
    { 'if-none-match': 'W/"2"' },
    304,
    '"2"',
    'unchanged',
  ],
  ['GET with If-None-Match list "1", "2" → 304', 'GET', { 'if-none-match': '"1", "2"' }, 304, '"2"', 'unchanged'],
  ['GET with If-None-Match * → 304', 'GET', { 'if-none-match': '*' }, 304, '"2"', 'unchanged'],
  ['GET with If-None-Match "1" (stale) → 200', 'GET', { 'if-none-match': '"1"' }, 200, '"2"', 'unchanged'],
  ['GET with an unparseable If-None-Match → 200', 'GET', { 'if-none-match': 'nonsense' }, 200, '"2"', 'unchanged'],
  ['GET with a stale If-Match "1" → 412', 'GET', { 'if-match': '"1"' }, 412, '"2"', 'unchanged'],
];

describe('conditional requests on an entry at revision 2', () => {
  it.each(rows)('%s', async (_name, method, headers, status, etag, after) => {
    const { id, token, current } = await entryAtRevision2();
    const init = { method, headers: { ...auth(token), ...headers } };
    const response =
      method === 'PUT'
        ? await putJson(entries, path(id), opaquePayload(), init.headers)
        : await call(entries, path(id), init);

    expect(response.status).toBe(status);
    expect(response.headers.get('etag')).toBe(etag);
    if (status === 304) expect(await response.text()).toBe('');
    if (status === 412)
      expect(await response.json()).toMatchObject({ error: { code: 'precondition_failed' }, currentRevision: 2 });

    const stored = await call(entries, path(id), { headers: auth(token) });
    if (after === 'gone') {
      expect(stored.status).toBe(404);
      return;
    }
    const body = (await stored.json()) as { revision: number; iv: string; ciphertext: string };
    expect(body.revision).toBe(after === 'unchanged' ? 2 : 3);
    if (after === 'unchanged')
      expect({ iv: body.iv, ciphertext: body.ciphertext }).toEqual({ iv: current.iv, ciphertext: current.ciphertext });
  });
});

describe('creating with If-None-Match: *', () => {
  it('creates (201, ETag "1"); its retry is 412 with the current revision and ETag, and changes nothing', async () => {
    const id = newId();
    const token = newOwnerToken();
    const first = opaquePayload();
    const created = await putJson(entries, path(id), first, { ...auth(token), 'if-none-match': '*' });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    const retry = await putJson(entries, path(id), opaquePayload(), { ...auth(token), 'if-none-match': '*' });
    expect(retry.status).toBe(412);
    expect(retry.headers.get('etag')).toBe('"1"');
    expect(await retry.json()).toMatchObject({ currentRevision: 1 });
    const stored = (await (await call(entries, path(id), { headers: auth(token) })).json()) as { ciphertext: string };
    expect(stored.ciphertext).toBe(first.ciphertext);
  });
});

describe('an entry that does not exist', () => {
  it.each([
    ['PUT', { 'if-match': '*' }],
    ['PUT', { 'if-match': '"1"' }],
    ['DELETE', { 'if-match': '"1"' }],
    ['DELETE', { 'if-match': '*' }],
    ['GET', { 'if-none-match': '*' }],
    ['GET', { 'if-match': '"1"' }],
  ] as const)('answers %s with %o by 404: preconditions are not evaluated', async (method, headers) => {
    const id = newId();
    const token = newOwnerToken();
    const response =
      method === 'PUT'
        ? await putJson(entries, path(id), opaquePayload(), { ...auth(token), ...headers })
        : await call(entries, path(id), { method, headers: { ...auth(token), ...headers } });
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
  });
});
