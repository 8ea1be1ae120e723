// TEMPORARY: the entries and shares endpoints exactly as the API contract in the README states them, in memory, for
// the browser journal's tests while the real handlers (netlify/functions/entries.mts, shares.mts) are rewritten to
// the same contract in another branch. Removed when that work is merged; the tests then call the real handlers.
import { createHash } from 'node:crypto';

export type StoredRecord = Record<string, unknown>;
/** The two stores, by name, holding records shaped like the real server's (format 2, payload inside). */
export const fakeStores = { entries: new Map<string, StoredRecord>(), shares: new Map<string, StoredRecord>() };

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
const json = (body: unknown, status: number, headers: Record<string, string> = {}) => Response.json(body, { status, headers: { ...HEADERS, ...headers } });
const error = (status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  json({ error: { code, message: `The request was refused (${code}).` }, ...extra }, status, headers);
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const ID = /^[A-Za-z0-9_-]{22}$/;

function parts(req: Request, prefix: string) {
  const id = new URL(req.url).pathname.slice(prefix.length).replace(/^\/+|\/+$/g, '');
  const token = req.headers.get('authorization')?.match(/^Bearer ([A-Za-z0-9_-]{43})$/)?.[1];
  return { id, token };
}

async function payloadOf(req: Request): Promise<StoredRecord | undefined> {
  if (!/^application\/json\b/.test(req.headers.get('content-type') ?? '')) return undefined;
  const body = (await req.json()) as StoredRecord;
  const { v, iv, ciphertext } = body;
  return (v === 1 || v === 2) && typeof iv === 'string' && typeof ciphertext === 'string' ? body : undefined;
}

/** RFC 9110 If-Match on a revision: strong comparison, lists, "*". */
function ifMatchPasses(header: string, revision: number): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim() === `"${revision}"`);
}

export async function entries(req: Request): Promise<Response> {
  const { id, token } = parts(req, '/api/entries');
  if (!id) return error(405, 'method_not_allowed');
  if (!token) return error(401, 'unauthorized');
  const store = fakeStores.entries;
  const record = store.get(id);
  const owned = record && record['ownerTokenHash'] === hash(token) ? record : undefined;
  const revision = owned ? (owned['revision'] as number) : 0;
  const etag = { ETag: `"${revision}"` };
  if (req.method === 'GET') {
    if (!owned) return error(404, 'not_found');
    return json({ ...(owned['payload'] as object), revision, updatedAt: owned['updatedAt'] }, 200, etag);
  }
  if (req.method === 'DELETE') {
    if (!owned) return error(404, 'not_found');
    store.delete(id);
    return new Response(null, { status: 204, headers: HEADERS });
  }
  if (req.method !== 'PUT') return error(405, 'method_not_allowed');
  const ifNoneMatch = req.headers.get('if-none-match');
  const ifMatch = req.headers.get('if-match');
  if (!ifNoneMatch && !ifMatch) return error(428, 'precondition_required');
  const payload = await payloadOf(req);
  if (!payload) return error(400, 'invalid_request');
  const now = new Date().toISOString();
  if (ifNoneMatch === '*') {
    if (!ID.test(id)) return error(400, 'invalid_id');
    if (record && !owned) return error(409, 'id_taken');
    if (owned) return error(412, 'precondition_failed', { currentRevision: revision }, etag);
    store.set(id, { format: 2, payload, ownerTokenHash: hash(token), revision: 1, createdAt: now, updatedAt: now });
    return json({ id, revision: 1, updatedAt: now }, 201, { ETag: '"1"', Location: `/api/entries/${id}` });
  }
  if (!owned) return error(404, 'not_found');
  if (!ifMatchPasses(ifMatch ?? '', revision)) return error(412, 'precondition_failed', { currentRevision: revision }, etag);
  store.set(id, { ...owned, payload, revision: revision + 1, updatedAt: now });
  return json({ revision: revision + 1, updatedAt: now }, 200, { ETag: `"${revision + 1}"` });
}

export async function shares(req: Request): Promise<Response> {
  const { id, token } = parts(req, '/api/shares');
  if (!id) return error(405, 'method_not_allowed');
  const store = fakeStores.shares;
  const record = store.get(id);
  const live = record && Date.parse(record['expiresAt'] as string) > Date.now() ? record : undefined;
  if (req.method === 'GET') {
    if (!live) return error(404, 'not_found');
    return json({ ...(live['payload'] as object), createdAt: live['createdAt'], expiresAt: live['expiresAt'] }, 200);
  }
  if (!token) return error(401, 'unauthorized');
  const owned = live && live['ownerTokenHash'] === hash(token) ? live : undefined;
  if (req.method === 'DELETE') {
    if (!owned) return error(404, 'not_found');
    store.delete(id);
    return new Response(null, { status: 204, headers: HEADERS });
  }
  if (req.method !== 'PUT' || req.headers.get('if-none-match') !== '*') return error(428, 'precondition_required');
  const body = await payloadOf(req);
  const days = body?.['expiresInDays'];
  if (!body || (days !== 1 && days !== 7 && days !== 30)) return error(400, 'invalid_request');
  if (record && !owned) return error(409, 'id_taken');
  if (owned) return error(412, 'precondition_failed', { createdAt: owned['createdAt'], expiresAt: owned['expiresAt'] });
  const { v, iv, ciphertext } = body;
  const createdAt = new Date().toISOString();
  const expiresAt = new Date(Date.now() + days * 86_400_000).toISOString();
  store.set(id, { format: 2, payload: { v, iv, ciphertext }, ownerTokenHash: hash(token), createdAt, expiresAt });
  return json({ id, createdAt, expiresAt }, 201);
}
