import type { Config, Context } from '@netlify/functions';
import { ENTRY_MAX_BYTES, EncryptedPayloadSchema, ID_PATTERN } from '../../src/shared/schemas/vault';
import { HttpError, errorResponse, jsonOk, parseWith, pathId, readJsonBody } from '../lib/http';
import { ConflictError, NotFoundError, createEntry, deleteEntry, readEntry, updateEntry } from '../lib/storage';
import { bearerToken } from '../lib/tokens';

const PREFIX = '/api/entries';
const NOT_FOUND = new HttpError(404, 'not_found', 'There is no journal entry with that id for this token.');

const etagFor = (revision: number) => `"${revision}"`;

function ownerToken(req: Request): string {
  const token = bearerToken(req);
  if (!token) throw new HttpError(401, 'unauthorized', 'Send the entry’s owner token as "Authorization: Bearer <token>".');
  return token;
}

/** The revision named by If-Match ("3", W/"3" or 3); a missing one is a 428, since updates must be conditional. */
function expectedRevision(req: Request): number {
  const header = req.headers.get('if-match');
  if (!header) throw new HttpError(428, 'precondition_required', 'Send If-Match with the revision you last read, so another device’s changes are not overwritten.');
  const match = header.match(/^(?:W\/)?"?(\d{1,9})"?$/);
  if (!match) throw new HttpError(400, 'invalid_if_match', 'If-Match must be the revision number from the entry’s ETag, e.g. "3".');
  return Number(match[1]);
}

/**
 * /api/entries: POST creates an encrypted journal entry.
 * /api/entries/:id: GET, PUT (with If-Match) and DELETE, for the owner only.
 */
export default async (req: Request, _context: Context): Promise<Response> => {
  try {
    const id = pathId(req, PREFIX);
    if (id === undefined) {
      if (req.method !== 'POST') throw new HttpError(405, 'method_not_allowed', `Use POST on ${PREFIX}, not ${req.method}.`, { Allow: 'POST' });
      const payload = parseWith(EncryptedPayloadSchema, await readJsonBody(req, ENTRY_MAX_BYTES));
      const created = await createEntry(payload);
      return jsonOk(created, 201, { ETag: etagFor(created.revision), Location: `${PREFIX}/${created.id}` });
    }
    if (!['GET', 'PUT', 'DELETE'].includes(req.method)) {
      throw new HttpError(405, 'method_not_allowed', `Use GET, PUT or DELETE on an entry, not ${req.method}.`, { Allow: 'GET, PUT, DELETE' });
    }
    const token = ownerToken(req);
    if (!ID_PATTERN.test(id)) throw NOT_FOUND;
    if (req.method === 'GET') {
      const record = await readEntry(id, token);
      return jsonOk({ v: record.v, iv: record.iv, ciphertext: record.ciphertext, revision: record.revision, updatedAt: record.updatedAt }, 200, { ETag: etagFor(record.revision) });
    }
    if (req.method === 'PUT') {
      const revision = expectedRevision(req);
      const payload = parseWith(EncryptedPayloadSchema, await readJsonBody(req, ENTRY_MAX_BYTES));
      const record = await updateEntry(id, token, revision, payload);
      return jsonOk({ revision: record.revision, updatedAt: record.updatedAt }, 200, { ETag: etagFor(record.revision) });
    }
    await deleteEntry(id, token);
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof NotFoundError) return NOT_FOUND.toResponse();
    if (error instanceof ConflictError) {
      return jsonOk(
        { error: { code: 'conflict', message: 'This entry was changed elsewhere (another tab or device) since you opened it.' }, currentRevision: error.currentRevision },
        412,
        { ETag: etagFor(error.currentRevision) },
      );
    }
    return errorResponse(error, 'entries');
  }
};

export const config: Config = {
  // Literal strings: Netlify reads this config statically.
  path: ['/api/entries', '/api/entries/:id'],
  // aggregateBy must be an array: a bare string is ignored.
  rateLimit: { windowLimit: 120, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
