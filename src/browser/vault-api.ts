// Browser client for /api/entries/:id, /api/shares/:id and its replies, exactly as the API contract in the README describes.
// Ids and owner tokens are chosen by the browser, so every create is a PUT with If-None-Match: * and can be retried.
// Answers the sync must act on (412, 404, 409, 410) come back as values; only "no answer at all" and refusals throw.
import { isSealedPayload, type SealedPayload } from '../shared/model/sealed-payload';

/** Sends a request; the browser's fetch, or in tests a function routed to the real handlers. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** No answer arrived (offline, or the connection dropped): the request may or may not have reached the server. */
export class OfflineError extends Error {
  constructor() {
    super('You seem to be offline. Your writing is saved on this device and will upload when you are back online.');
    this.name = 'OfflineError';
  }
}

/** Any other refusal, with a sentence for the person (the server's own when it sent one). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type EntryWrite =
  | { kind: 'written'; revision: number; updatedAt: string }
  /** 412: the entry exists (create) or is at another revision (update); `currentRevision` is the server's. */
  | { kind: 'precondition-failed'; currentRevision: number }
  | { kind: 'not-found' }
  /** 409 on a create: the id belongs to someone else's token. */
  | { kind: 'id-taken' }
  /** 410 on a create: the id's entry was deleted (perhaps on another device after a lost answer); never used again. */
  | { kind: 'gone' };

export type EntryRead =
  { kind: 'found'; payload: SealedPayload; revision: number; updatedAt: string } | { kind: 'not-found' };

/** `gone` (410): the id's share was revoked or has expired, e.g. a sync revoked it while the answer was lost. */
export type ShareCreate =
  { kind: 'created' | 'exists'; createdAt: string; expiresAt: string } | { kind: 'id-taken' | 'gone' };

/** A reply as the server stores it: `v: 1` is the reply format (AES-GCM, always bound to its share). */
export interface SealedReply {
  v: 1;
  id: string;
  iv: string;
  ciphertext: string;
  createdAt: string;
}

export type ShareRead =
  | { kind: 'found'; payload: SealedPayload; createdAt: string; expiresAt: string; replies: SealedReply[] }
  | { kind: 'not-found' };

export type ReplySend = { kind: 'created'; id: string; createdAt: string } | { kind: 'not-found' };

type Body = Record<string, unknown>;

async function send(fetcher: Fetch, path: string, init: RequestInit): Promise<{ response: Response; body: Body }> {
  let response: Response;
  let body: Body = {};
  try {
    response = await fetcher(path, init);
    if (response.status !== 204 && response.status !== 304) {
      const text = await response.text();
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null) body = parsed as Body;
      } catch {
        // not JSON: treated as an answer without a body
      }
    }
  } catch {
    // The request failed or its answer was cut off: either way nothing is known about what the server did.
    throw new OfflineError();
  }
  return { response, body };
}

/** The revision an answer names: the body's number, else the strong ETag ("3"). */
function revisionOf(response: Response, body: Body, field: 'revision' | 'currentRevision'): number | undefined {
  const value = body[field];
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  const match = response.headers.get('etag')?.match(/^"(\d{1,9})"$/);
  return match ? Number(match[1]) : undefined;
}

function refusal(status: number, body: Body): ApiError {
  const error = body['error'];
  const message = typeof error === 'object' && error !== null ? (error as Body)['message'] : undefined;
  if (status >= 500 || typeof message !== 'string') {
    return new ApiError(
      status,
      'The server could not take this just now. Your writing is still on this device; try again in a moment.',
    );
  }
  return new ApiError(status, message);
}

const text = (body: Body, field: string) => (typeof body[field] === 'string' ? (body[field] as string) : '');

function sealedOf(body: Body): SealedPayload | undefined {
  // Only the payload's own fields: the answer also carries the revision and dates.
  const { v, iv, ciphertext } = body;
  const sealed = { v, iv, ciphertext };
  return isSealedPayload(sealed) ? sealed : undefined;
}

const json = (method: string, payload: unknown, headers: Record<string, string>): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(payload),
});
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function writeEntry(
  fetcher: Fetch,
  id: string,
  token: string,
  payload: SealedPayload,
  condition: Record<string, string>,
): Promise<EntryWrite> {
  const { response, body } = await send(
    fetcher,
    `/api/entries/${id}`,
    json('PUT', payload, { ...bearer(token), ...condition }),
  );
  const status = response.status;
  if (status === 200 || status === 201) {
    const revision = revisionOf(response, body, 'revision');
    if (revision === undefined) throw refusal(500, body);
    return { kind: 'written', revision, updatedAt: text(body, 'updatedAt') };
  }
  if (status === 412) {
    const currentRevision = revisionOf(response, body, 'currentRevision');
    if (currentRevision === undefined) throw refusal(500, body);
    return { kind: 'precondition-failed', currentRevision };
  }
  if (status === 404) return { kind: 'not-found' };
  if (status === 409) return { kind: 'id-taken' };
  if (status === 410) return { kind: 'gone' };
  throw refusal(status, body);
}

/** Creates the entry only if the id is free (If-None-Match: *); a retry after a lost answer gets 412 and the revision. */
export const createEntry = (fetcher: Fetch, id: string, token: string, payload: SealedPayload) =>
  writeEntry(fetcher, id, token, payload, { 'If-None-Match': '*' });

/** Replaces the entry only if the server still has `revision` (If-Match, strong ETag). */
export const updateEntry = (fetcher: Fetch, id: string, token: string, revision: number, payload: SealedPayload) =>
  writeEntry(fetcher, id, token, payload, { 'If-Match': `"${revision}"` });

export async function fetchEntry(fetcher: Fetch, id: string, token: string): Promise<EntryRead> {
  const { response, body } = await send(fetcher, `/api/entries/${id}`, { headers: bearer(token) });
  if (response.status === 404) return { kind: 'not-found' };
  const payload = sealedOf(body);
  const revision = revisionOf(response, body, 'revision');
  if (response.status !== 200 || !payload || revision === undefined) throw refusal(response.status, body);
  return { kind: 'found', payload, revision, updatedAt: text(body, 'updatedAt') };
}

/** Deletes an entry; 'not-found' when it was already gone (which is what the caller wanted). */
export async function deleteEntry(fetcher: Fetch, id: string, token: string): Promise<'deleted' | 'not-found'> {
  const { response, body } = await send(fetcher, `/api/entries/${id}`, { method: 'DELETE', headers: bearer(token) });
  if (response.status === 204 || response.status === 200) return 'deleted';
  if (response.status === 404) return 'not-found';
  throw refusal(response.status, body);
}

export async function createShare(
  fetcher: Fetch,
  id: string,
  token: string,
  payload: SealedPayload,
  expiresInDays: 1 | 7 | 30,
): Promise<ShareCreate> {
  const { response, body } = await send(
    fetcher,
    `/api/shares/${id}`,
    json('PUT', { ...payload, expiresInDays }, { ...bearer(token), 'If-None-Match': '*' }),
  );
  if (response.status === 409) return { kind: 'id-taken' };
  if (response.status === 410) return { kind: 'gone' };
  if (response.status !== 201 && response.status !== 412) throw refusal(response.status, body);
  return {
    kind: response.status === 201 ? 'created' : 'exists',
    createdAt: text(body, 'createdAt'),
    expiresAt: text(body, 'expiresAt'),
  };
}

export async function fetchShare(fetcher: Fetch, id: string): Promise<ShareRead> {
  const { response, body } = await send(fetcher, `/api/shares/${id}`, { headers: { Accept: 'application/json' } });
  if (response.status === 404) return { kind: 'not-found' };
  const payload = sealedOf(body);
  if (response.status !== 200 || !payload) throw refusal(response.status, body);
  return {
    kind: 'found',
    payload,
    createdAt: text(body, 'createdAt'),
    expiresAt: text(body, 'expiresAt'),
    replies: repliesOf(body),
  };
}

/** The replies in a share's answer that have the stored shape; anything else is left out (never shown). */
export function repliesOf(body: Body): SealedReply[] {
  const list = Array.isArray(body['replies']) ? (body['replies'] as unknown[]) : [];
  return list.filter((r): r is SealedReply => {
    const o = (typeof r === 'object' && r !== null ? r : {}) as Body;
    return o['v'] === 1 && ['id', 'iv', 'ciphertext', 'createdAt'].every((k) => typeof o[k] === 'string');
  });
}

/** Sends a reader's reply (ciphertext only); 'not-found' when the share is absent, revoked or expired. */
export async function postReply(
  fetcher: Fetch,
  shareId: string,
  sealed: { v: 1; iv: string; ciphertext: string },
): Promise<ReplySend> {
  const { response, body } = await send(fetcher, `/api/shares/${shareId}/replies`, json('POST', sealed, {}));
  if (response.status === 404) return { kind: 'not-found' };
  if (response.status !== 201) throw refusal(response.status, body);
  return { kind: 'created', id: text(body, 'id'), createdAt: text(body, 'createdAt') };
}

/** The share's owner deletes one reply; 'not-found' when it (or its share) is already gone. */
export async function deleteReply(
  fetcher: Fetch,
  shareId: string,
  token: string,
  replyId: string,
): Promise<'deleted' | 'not-found'> {
  const { response, body } = await send(fetcher, `/api/shares/${shareId}/replies/${replyId}`, {
    method: 'DELETE',
    headers: bearer(token),
  });
  if (response.status === 204) return 'deleted';
  if (response.status === 404) return 'not-found';
  throw refusal(response.status, body);
}

export async function deleteShare(fetcher: Fetch, id: string, token: string): Promise<'deleted' | 'not-found'> {
  const { response, body } = await send(fetcher, `/api/shares/${id}`, { method: 'DELETE', headers: bearer(token) });
  if (response.status === 204 || response.status === 200) return 'deleted';
  if (response.status === 404) return 'not-found';
  throw refusal(response.status, body);
}
