import type { Config, Context } from '@netlify/functions';
import { ID_PATTERN, MAX_REPLIES_PER_SHARE, REPLY_MAX_BYTES, ReplyRequestSchema } from '../../src/shared/schemas/vault';
import { HttpError, emptyResponse, jsonOk, parseWith } from '../lib/http';
import { createRateLimiter } from '../lib/ip-rate-limit';
import { addReply, deleteReply } from '../lib/reply-store';
import { readJsonBody } from '../lib/request-body';
import { requireOwnerToken, storeErrorResponse } from '../lib/vault-http';

const PREFIX = '/api/shares/';
// The same answer as GET /api/shares/:id for absent, revoked, expired and malformed ids.
const NOT_AVAILABLE = new HttpError(404, 'not_found', 'This link is not available.');
const NO_SUCH_REPLY = new HttpError(404, 'not_found', 'This reply is not there; it may have been deleted already.');
/** Reply ids are server ids like any other. */
const REPLY_ID = ID_PATTERN;

// Per instance (see ip-rate-limit.ts): deployed, `config.rateLimit` below is the limit across instances.
// REPLY_LIMIT_PER_MINUTE lifts it where one address stands for many writers (the benchmark seeds 100 replies).
const perIp = createRateLimiter({ limit: Number(process.env['REPLY_LIMIT_PER_MINUTE']) || 10, windowMs: 60_000 });

/** `/api/shares/<id>/replies[/<replyId>]` as its parts; anything else is not a route of this function. */
function parts(req: Request): { shareId: string; replyId: string | undefined } {
  const [shareId = '', replies, replyId, ...rest] = new URL(req.url).pathname
    .slice(PREFIX.length)
    .replace(/\/+$/, '')
    .split('/');
  if (replies !== 'replies' || rest.length > 0) throw NOT_AVAILABLE;
  return { shareId, replyId };
}

/** A reader's reply: only to a live share, at most 20 stored, at most 10 a minute from one IP. */
async function post(req: Request, context: Context, shareId: string): Promise<Response> {
  const retryAfter = perIp.hit(context.ip ?? 'unknown');
  if (retryAfter !== undefined) {
    throw new HttpError(
      429,
      'too_many_requests',
      'Many replies were sent from this connection in the last minute. Wait a minute, then send yours again.',
      { 'Retry-After': String(retryAfter) },
    );
  }
  if (!ID_PATTERN.test(shareId)) throw NOT_AVAILABLE;
  const payload = parseWith(ReplyRequestSchema, await readJsonBody(req, REPLY_MAX_BYTES));
  const outcome = await addReply(shareId, payload);
  if (outcome.kind === 'full') {
    throw new HttpError(
      409,
      'too_many_replies',
      `This shared reflection already holds ${MAX_REPLIES_PER_SHARE} replies, the most it can, so yours was not sent. Keep your text, and send it to the person another way.`,
    );
  }
  const { id, createdAt } = outcome;
  return jsonOk({ id, createdAt }, 201, { Location: `${PREFIX}${shareId}/replies/${id}` });
}

/** The share's owner deletes one reply with the share's owner token. */
async function remove(req: Request, shareId: string, replyId: string): Promise<Response> {
  const token = requireOwnerToken(req, 'share');
  if (!ID_PATTERN.test(shareId)) throw NOT_AVAILABLE;
  if (!REPLY_ID.test(replyId)) throw NO_SUCH_REPLY;
  const outcome = await deleteReply(shareId, token, replyId);
  if (outcome === 'forbidden') {
    throw new HttpError(
      403,
      'forbidden',
      'Only the person who shared this link can delete its replies; send that share’s owner token.',
    );
  }
  if (outcome === 'absent') throw NO_SUCH_REPLY;
  return emptyResponse(204);
}

/**
 * /api/shares/:id/replies: POST a reply encrypted in the reader's browser with the link's key (201 { id, createdAt }).
 * /api/shares/:id/replies/:replyId: DELETE, for the share's owner. Replies are read through GET /api/shares/:id.
 */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const { shareId, replyId } = parts(req);
    if (replyId === undefined) {
      if (req.method === 'POST') return await post(req, context, shareId);
      throw new HttpError(
        405,
        'method_not_allowed',
        `Send a reply with POST; read replies with GET /api/shares/<id>.`,
        { Allow: 'POST' },
      );
    }
    if (req.method === 'DELETE') return await remove(req, shareId, replyId);
    throw new HttpError(405, 'method_not_allowed', `Use DELETE on one reply, not ${req.method}.`, { Allow: 'DELETE' });
  } catch (error) {
    return storeErrorResponse(error, NOT_AVAILABLE, 'share-replies');
  }
};

export const config: Config = {
  // Literal strings: Netlify reads this config statically.
  path: ['/api/shares/:id/replies', '/api/shares/:id/replies/:replyId'],
  // aggregateBy must be an array: a bare string is ignored. Enforced by Netlify in production only.
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
