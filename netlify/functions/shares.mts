import type { Config, Context } from '@netlify/functions';
import { ID_PATTERN, SHARE_MAX_BYTES, ShareRequestSchema } from '../../src/shared/schemas/vault';
import { parseEntityTagCondition } from '../lib/etags';
import { HttpError, emptyResponse, jsonOk, parseWith, pathId } from '../lib/http';
import { listReplies, readLiveShare, revokeWithReplies } from '../lib/reply-store';
import { readJsonBody } from '../lib/request-body';
import { createShare } from '../lib/share-store';
import {
  collectionNotAllowed,
  idGone,
  idTaken,
  requireNewIdentity,
  requireOwnerToken,
  storeErrorResponse,
} from '../lib/vault-http';

const PREFIX = '/api/shares';
// Absent, revoked, expired (tombstoned or not yet) and malformed ids all get this same answer.
const NOT_AVAILABLE = new HttpError(404, 'not_found', 'This link is not available.');

/** PUT with If-None-Match: * publishes under the id the browser chose; a published share never changes. */
async function publish(req: Request, id: string): Promise<Response> {
  const token = requireOwnerToken(req, 'share');
  if (parseEntityTagCondition(req.headers.get('if-none-match'))?.kind !== 'any') {
    throw new HttpError(
      428,
      'precondition_required',
      'Publish a share with PUT and If-None-Match: *. A published share cannot be changed; publish a new one instead.',
    );
  }
  requireNewIdentity(id, token, 'share');
  const { expiresInDays, ...payload } = parseWith(ShareRequestSchema, await readJsonBody(req, SHARE_MAX_BYTES));
  const outcome = await createShare(id, token, payload, expiresInDays);
  if (outcome.kind === 'taken') return idTaken('share');
  if (outcome.kind === 'gone') return idGone('share');
  const { createdAt, expiresAt } = outcome;
  if (outcome.kind === 'exists') {
    return jsonOk(
      {
        error: {
          code: 'precondition_failed',
          message: 'A share with this id already exists and is yours; nothing was changed.',
        },
        createdAt,
        expiresAt,
      },
      412,
    );
  }
  return jsonOk({ id, createdAt, expiresAt }, 201, { Location: `${PREFIX}/${id}` });
}

/**
 * /api/shares/:id: PUT (If-None-Match: *, owner token) publishes an encrypted summary for 1, 7 or 30 days;
 * GET for anyone with the id, with its replies (oldest first); DELETE (revoke) for the owner, with its replies.
 * /api/shares: nothing; a share is published at its own URL so a retry can never make a second copy.
 */
export default async (req: Request, _context: Context): Promise<Response> => {
  try {
    const id = pathId(req, PREFIX);
    if (id === undefined) throw collectionNotAllowed('Publish a share with PUT /api/shares/<id> and If-None-Match: *.');
    if (req.method === 'PUT') return await publish(req, id);
    if (req.method === 'DELETE') {
      const token = requireOwnerToken(req, 'share');
      if (!ID_PATTERN.test(id)) throw NOT_AVAILABLE;
      await revokeWithReplies(id, token);
      return emptyResponse(204);
    }
    if (req.method !== 'GET')
      throw new HttpError(405, 'method_not_allowed', `Use GET, PUT or DELETE on a share, not ${req.method}.`, {
        Allow: 'GET, PUT, DELETE',
      });
    if (!ID_PATTERN.test(id)) throw NOT_AVAILABLE;
    const share = await readLiveShare(id);
    const replies = await listReplies(id);
    return jsonOk({ ...share.payload, createdAt: share.createdAt, expiresAt: share.expiresAt, replies });
  } catch (error) {
    return storeErrorResponse(error, NOT_AVAILABLE, 'shares');
  }
};

export const config: Config = {
  // Literal strings: Netlify reads this config statically.
  path: ['/api/shares', '/api/shares/:id'],
  // aggregateBy must be an array: a bare string is ignored.
  rateLimit: { windowLimit: 60, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
