// What the entries and shares endpoints share: the owner token, the checks on a browser-chosen id and token,
// and the answers to the store's errors.
import { ID_PATTERN, OWNER_TOKEN_PATTERN } from '../../src/shared/schemas/vault';
import { HttpError, errorResponse, jsonError } from './http';
import { KeptChangingError, NotFoundError, StoreUnavailableError } from './storage';
import { bearerToken } from './tokens';

/** The bearer token, or a 401 that says how to send it. */
export function requireOwnerToken(req: Request, noun: 'entry' | 'share'): string {
  const token = bearerToken(req);
  if (!token)
    throw new HttpError(401, 'unauthorized', `Send the ${noun}’s owner token as "Authorization: Bearer <token>".`);
  return token;
}

/** A 405 for a collection: ids are chosen by the browser, so nothing is ever created by POSTing to it. */
export function collectionNotAllowed(message: string): HttpError {
  // An empty Allow says that no method is allowed here (RFC 9110, section 10.2.1).
  return new HttpError(405, 'method_not_allowed', message, { Allow: '' });
}

/** A create names its own id and token: both must be the random sizes the contract fixes. */
export function requireNewIdentity(id: string, token: string, noun: 'entry' | 'share'): void {
  if (!ID_PATTERN.test(id)) {
    throw new HttpError(
      400,
      'invalid_id',
      `The ${noun} id must be 22 base64url characters (128 random bits), chosen fresh for each new ${noun}.`,
    );
  }
  if (!OWNER_TOKEN_PATTERN.test(token)) {
    throw new HttpError(
      400,
      'invalid_token',
      `The owner token must be 43 base64url characters (256 random bits), chosen fresh for each new ${noun}.`,
    );
  }
}

/** A 409 for an id that holds something this token does not own: it reveals nothing else. */
export function idTaken(noun: 'entry' | 'share'): Response {
  return jsonError(
    409,
    'id_taken',
    `This ${noun} id is already in use. Choose a new random id and send the ${noun} again.`,
  );
}

/** Says, for a create, how a deleted entry's or an ended share's id stays unusable: it is never given out again. */
const GONE_MESSAGES = {
  entry: 'This journal entry was deleted, and its id is never used again. Save it under a new random id and token.',
  share:
    'This link was revoked or has expired, and its id is never used again. Share the reflection again to make a new link.',
} as const;

/** A 410 for a create on the id of a deleted entry or an ended share (ids are never reused: see the README). */
export function idGone(noun: 'entry' | 'share'): Response {
  return jsonError(410, 'gone', GONE_MESSAGES[noun]);
}

/**
 * Maps what the store layer throws: absent is the given 404, a write that lost every race a 409, an unconfirmed
 * write a 503; the rest a 500.
 */
export function storeErrorResponse(error: unknown, notFound: HttpError, context: string): Response {
  if (error instanceof NotFoundError) return notFound.toResponse();
  if (error instanceof KeptChangingError) {
    return jsonError(
      409,
      'conflict',
      'Other requests changed this at the same moment, again and again, so your change was not applied. Read it again, then send your change.',
    );
  }
  if (error instanceof StoreUnavailableError) {
    console.error(`${context}: ${error.name}: ${error.message}`);
    return jsonError(
      503,
      'store_unavailable',
      'The change could not be saved just now, and nothing was changed. Your writing is still on this device; try again in a moment.',
      { 'Retry-After': '1' },
    );
  }
  return errorResponse(error, context);
}
