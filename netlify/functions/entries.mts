import type { Config, Context } from '@netlify/functions';
import { ENTRY_MAX_BYTES, EncryptedPayloadSchema, ID_PATTERN } from '../../src/shared/schemas/vault';
import {
  PreconditionFailedError,
  createEntry,
  deleteEntry,
  readEntry,
  updateEntry,
  type RevisionCondition,
} from '../lib/entry-store';
import {
  ifMatchPasses,
  ifNoneMatchMatches,
  parseEntityTagCondition,
  revisionETag,
  revisionTag,
  type EntityTagCondition,
} from '../lib/etags';
import { HttpError, emptyResponse, jsonOk, parseWith, pathId } from '../lib/http';
import { readJsonBody } from '../lib/request-body';
import {
  collectionNotAllowed,
  idGone,
  idTaken,
  requireNewIdentity,
  requireOwnerToken,
  storeErrorResponse,
} from '../lib/vault-http';

const PREFIX = '/api/entries';
const NOT_FOUND = new HttpError(404, 'not_found', 'There is no journal entry with that id for this token.');

/** The 412 of an entry: the revision the server holds, in the body and as the ETag, so the client can catch up. */
function preconditionFailed(currentRevision: number, message: string): Response {
  return jsonOk({ error: { code: 'precondition_failed', message }, currentRevision }, 412, {
    ETag: revisionETag(currentRevision),
  });
}

const ifMatchCondition =
  (ifMatch: EntityTagCondition): RevisionCondition =>
  (revision) =>
    ifMatchPasses(ifMatch, revisionTag(revision));

async function getEntry(req: Request, id: string, token: string): Promise<Response> {
  const entry = await readEntry(id, token);
  const etag = revisionETag(entry.revision);
  const ifMatch = parseEntityTagCondition(req.headers.get('if-match'));
  if (ifMatch && !ifMatchPasses(ifMatch, revisionTag(entry.revision))) {
    return preconditionFailed(
      entry.revision,
      `This entry is at revision ${entry.revision}, not the one named in If-Match.`,
    );
  }
  const ifNoneMatch = parseEntityTagCondition(req.headers.get('if-none-match'));
  if (ifNoneMatch && ifNoneMatchMatches(ifNoneMatch, revisionTag(entry.revision)))
    return emptyResponse(304, { ETag: etag });
  return jsonOk({ ...entry.payload, revision: entry.revision, updatedAt: entry.updatedAt }, 200, { ETag: etag });
}

/** PUT with If-None-Match: * creates, PUT with If-Match updates; one of the two is required (428). */
async function putEntry(req: Request, id: string, token: string): Promise<Response> {
  const ifMatch = parseEntityTagCondition(req.headers.get('if-match'));
  const ifNoneMatch = parseEntityTagCondition(req.headers.get('if-none-match'));
  if (ifMatch && ifNoneMatch)
    throw new HttpError(
      400,
      'conflicting_preconditions',
      'Send If-None-Match: * to create an entry, or If-Match to update one, not both.',
    );
  if (!ifMatch && !ifNoneMatch) {
    throw new HttpError(
      428,
      'precondition_required',
      'Send If-None-Match: * to create this entry, or If-Match with the ETag you last read to update it, so another device’s changes are not overwritten.',
    );
  }
  if (ifNoneMatch && ifNoneMatch.kind !== 'any')
    throw new HttpError(
      400,
      'unsupported_precondition',
      'On PUT, If-None-Match must be *: it creates the entry only if the id is free.',
    );
  if (ifNoneMatch) requireNewIdentity(id, token, 'entry');
  else if (!ID_PATTERN.test(id)) throw NOT_FOUND;
  const payload = parseWith(EncryptedPayloadSchema, await readJsonBody(req, ENTRY_MAX_BYTES));

  if (!ifMatch) {
    const outcome = await createEntry(id, token, payload);
    if (outcome.kind === 'taken') return idTaken('entry');
    if (outcome.kind === 'gone') return idGone('entry');
    if (outcome.kind === 'exists') {
      return preconditionFailed(
        outcome.revision,
        `An entry with this id already exists and is yours, at revision ${outcome.revision}; nothing was changed.`,
      );
    }
    return jsonOk({ id, revision: outcome.revision, updatedAt: outcome.updatedAt }, 201, {
      ETag: revisionETag(1),
      Location: `${PREFIX}/${id}`,
    });
  }
  const updated = await updateEntry(id, token, ifMatchCondition(ifMatch), payload);
  return jsonOk({ revision: updated.revision, updatedAt: updated.updatedAt }, 200, {
    ETag: revisionETag(updated.revision),
  });
}

async function removeEntry(req: Request, id: string, token: string): Promise<Response> {
  const ifMatch = parseEntityTagCondition(req.headers.get('if-match'));
  await deleteEntry(id, token, ifMatch ? ifMatchCondition(ifMatch) : undefined);
  return emptyResponse(204);
}

/**
 * /api/entries/:id, for the owner only (Authorization: Bearer <ownerToken>): PUT with If-None-Match: * creates
 * under the id the browser chose, PUT with If-Match updates, GET reads (304 on If-None-Match), DELETE deletes
 * (If-Match honoured). Conditional requests follow RFC 9110; the ETag is the revision, `"<n>"`.
 * /api/entries: nothing; a create is a PUT to the entry's own URL so a retry can never make a second copy.
 */
export default async (req: Request, _context: Context): Promise<Response> => {
  try {
    const id = pathId(req, PREFIX);
    if (id === undefined)
      throw collectionNotAllowed('Create an entry with PUT /api/entries/<id> and If-None-Match: *.');
    if (req.method !== 'GET' && req.method !== 'PUT' && req.method !== 'DELETE') {
      throw new HttpError(405, 'method_not_allowed', `Use GET, PUT or DELETE on an entry, not ${req.method}.`, {
        Allow: 'GET, PUT, DELETE',
      });
    }
    const token = requireOwnerToken(req, 'entry');
    if (req.method === 'PUT') return await putEntry(req, id, token);
    // Preconditions are never evaluated when the answer would be 404 anyway.
    if (!ID_PATTERN.test(id)) throw NOT_FOUND;
    return req.method === 'GET' ? await getEntry(req, id, token) : await removeEntry(req, id, token);
  } catch (error) {
    if (error instanceof PreconditionFailedError) {
      return preconditionFailed(
        error.currentRevision,
        `This entry was changed elsewhere (another tab or device) and is now at revision ${error.currentRevision}; nothing was changed.`,
      );
    }
    return storeErrorResponse(error, NOT_FOUND, 'entries');
  }
};

export const config: Config = {
  // Literal strings: Netlify reads this config statically.
  path: ['/api/entries', '/api/entries/:id'],
  // aggregateBy must be an array: a bare string is ignored.
  rateLimit: { windowLimit: 120, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
