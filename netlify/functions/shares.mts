import type { Config, Context } from '@netlify/functions';
import { ID_PATTERN, SHARE_MAX_BYTES, ShareRequestSchema } from '../../src/shared/schemas/vault';
import { HttpError, errorResponse, jsonOk, parseWith, pathId, readJsonBody } from '../lib/http';
import { NotFoundError, createShare, deleteShare, readShare } from '../lib/storage';
import { bearerToken } from '../lib/tokens';

const PREFIX = '/api/shares';
// Absent, revoked, expired and malformed ids all get this same answer.
const NOT_AVAILABLE = new HttpError(404, 'not_found', 'This link is not available.');

/**
 * /api/shares: POST publishes an encrypted summary for 1, 7 or 30 days.
 * /api/shares/:id: GET for anyone with the id; DELETE (revoke) for the owner.
 */
export default async (req: Request, _context: Context): Promise<Response> => {
  try {
    const id = pathId(req, PREFIX);
    if (id === undefined) {
      if (req.method !== 'POST') throw new HttpError(405, 'method_not_allowed', `Use POST on ${PREFIX}, not ${req.method}.`, { Allow: 'POST' });
      const { expiresInDays, ...payload } = parseWith(ShareRequestSchema, await readJsonBody(req, SHARE_MAX_BYTES));
      return jsonOk(await createShare(payload, expiresInDays), 201);
    }
    if (req.method !== 'GET' && req.method !== 'DELETE') {
      throw new HttpError(405, 'method_not_allowed', `Use GET or DELETE on a share, not ${req.method}.`, { Allow: 'GET, DELETE' });
    }
    if (req.method === 'DELETE') {
      const token = bearerToken(req);
      if (!token) throw new HttpError(401, 'unauthorized', 'Send the share’s owner token as "Authorization: Bearer <token>".');
      if (!ID_PATTERN.test(id)) throw NOT_AVAILABLE;
      await deleteShare(id, token);
      return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
    }
    if (!ID_PATTERN.test(id)) throw NOT_AVAILABLE;
    const share = await readShare(id);
    return jsonOk({ v: share.v, iv: share.iv, ciphertext: share.ciphertext, createdAt: share.createdAt, expiresAt: share.expiresAt });
  } catch (error) {
    if (error instanceof NotFoundError) return NOT_AVAILABLE.toResponse();
    return errorResponse(error, 'shares');
  }
};

export const config: Config = {
  // Literal strings: Netlify reads this config statically.
  path: ['/api/shares', '/api/shares/:id'],
  // aggregateBy must be an array: a bare string is ignored.
  rateLimit: { windowLimit: 60, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
