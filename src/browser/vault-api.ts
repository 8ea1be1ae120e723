// Browser client for /api/entries and /api/shares. Errors come back as classes the UI can act on.
import type { EncryptedPayload } from '../shared/schemas/vault';

/** The server has a newer revision than the one this device edited. */
export class EntryConflictError extends Error {
  constructor(readonly currentRevision: number) {
    super('This reflection was changed in another tab or on another device since you opened it.');
    this.name = 'EntryConflictError';
  }
}

/** The server is unreachable (offline, or the request never arrived); the work is kept locally. */
export class OfflineError extends Error {
  constructor() {
    super('You seem to be offline. Your writing is saved on this device and will upload when you are back online.');
    this.name = 'OfflineError';
  }
}

/** The entry or share does not exist for this token (or has expired, or was revoked). */
export class NotAvailableError extends Error {
  constructor() {
    super('not available');
    this.name = 'NotAvailableError';
  }
}

/** Any other refusal, with the server's sentence. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new OfflineError();
  }
  if (response.ok) return response;
  if (response.status === 404) throw new NotAvailableError();
  let body: { error?: { message?: string }; currentRevision?: number } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // not JSON
  }
  if (response.status === 412 && typeof body.currentRevision === 'number') throw new EntryConflictError(body.currentRevision);
  throw new ApiError(response.status, body.error?.message ?? `The server answered ${response.status}.`);
}

const jsonInit = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function createEntry(payload: EncryptedPayload): Promise<{ id: string; ownerToken: string; revision: number }> {
  return (await request('/api/entries', jsonInit('POST', payload))).json() as Promise<{ id: string; ownerToken: string; revision: number }>;
}

export async function updateEntry(id: string, token: string, revision: number, payload: EncryptedPayload): Promise<{ revision: number }> {
  const response = await request(`/api/entries/${id}`, jsonInit('PUT', payload, { ...bearer(token), 'If-Match': `"${revision}"` }));
  return response.json() as Promise<{ revision: number }>;
}

export async function fetchEntry(id: string, token: string): Promise<EncryptedPayload & { revision: number }> {
  return (await request(`/api/entries/${id}`, { headers: bearer(token) })).json() as Promise<EncryptedPayload & { revision: number }>;
}

export async function deleteEntry(id: string, token: string): Promise<void> {
  await request(`/api/entries/${id}`, { method: 'DELETE', headers: bearer(token) });
}

export async function createShare(payload: EncryptedPayload, expiresInDays: 1 | 7 | 30): Promise<{ id: string; ownerToken: string; expiresAt: string }> {
  return (await request('/api/shares', jsonInit('POST', { ...payload, expiresInDays }))).json() as Promise<{ id: string; ownerToken: string; expiresAt: string }>;
}

export async function fetchShare(id: string): Promise<EncryptedPayload & { createdAt: string; expiresAt: string }> {
  return (await request(`/api/shares/${id}`, { headers: { Accept: 'application/json' } })).json() as Promise<EncryptedPayload & { createdAt: string; expiresAt: string }>;
}

export async function deleteShare(id: string, token: string): Promise<void> {
  await request(`/api/shares/${id}`, { method: 'DELETE', headers: bearer(token) });
}
