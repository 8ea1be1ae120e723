// The only module that touches @netlify/blobs. Stores encrypted entries and shares; every read is parsed
// with zod, owner tokens are kept only as SHA-256 hashes, and updates are conditional writes.
import { getStore, type Store } from '@netlify/blobs';
import { z } from 'zod';
import type { EncryptedPayload } from '../../src/shared/schemas/vault';
import { hashToken, newId, newOwnerToken, tokenMatches } from './tokens';

export const STORE_NAMES = { entries: 'entries', shares: 'shares' } as const;

const HASH = z.string().regex(/^[0-9a-f]{64}$/);
const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/);

const EntryRecordSchema = z.strictObject({
  v: z.literal(1),
  iv: Base64Url,
  ciphertext: Base64Url,
  ownerTokenHash: HASH,
  /** Counts writes; the client's If-Match names the revision it last saw. */
  revision: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
type EntryRecord = z.infer<typeof EntryRecordSchema>;

const ShareRecordSchema = z.strictObject({
  v: z.literal(1),
  iv: Base64Url,
  ciphertext: Base64Url,
  ownerTokenHash: HASH,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
type ShareRecord = z.infer<typeof ShareRecordSchema>;

/** Nothing by that id for this token: absent, someone else's, revoked or expired all look the same. */
export class NotFoundError extends Error {
  constructor() {
    super('not found');
    this.name = 'NotFoundError';
  }
}

/** The client's If-Match names an older revision than the stored one. */
export class ConflictError extends Error {
  constructor(readonly currentRevision: number) {
    super(`stale revision; current is ${currentRevision}`);
    this.name = 'ConflictError';
  }
}

/** A stored blob that does not parse: logged by class only and treated as absent. */
class CorruptRecordError extends Error {
  constructor(store: string) {
    super(`a record in the ${store} store does not match its schema`);
    this.name = 'CorruptRecordError';
  }
}

function store(name: (typeof STORE_NAMES)[keyof typeof STORE_NAMES]): Store {
  return getStore({ name, consistency: 'strong' });
}

/**
 * Serialises writes to one key inside this instance. The local blob server checks conditions and writes in
 * separate steps, so two requests racing in one process could both pass; across instances in production,
 * the store's own conditional write (onlyIfMatch on the etag just read) is the guard.
 */
const keyLocks = new Map<string, Promise<unknown>>();
async function withKeyLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = keyLocks.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.catch(() => undefined);
  keyLocks.set(key, settled);
  try {
    return await run;
  } finally {
    if (keyLocks.get(key) === settled) keyLocks.delete(key);
  }
}

async function readRecord<T>(name: keyof typeof STORE_NAMES, id: string, schema: z.ZodType<T>): Promise<{ record: T; etag: string | undefined } | undefined> {
  const found = await store(STORE_NAMES[name]).getWithMetadata(id, { type: 'json' });
  if (!found) return undefined;
  const parsed = schema.safeParse(found.data);
  if (!parsed.success) {
    console.error(new CorruptRecordError(name).message);
    return undefined;
  }
  return { record: parsed.data, etag: found.etag };
}

async function ownedEntry(id: string, token: string): Promise<{ record: EntryRecord; etag: string | undefined }> {
  const found = await readRecord('entries', id, EntryRecordSchema);
  if (!found || !tokenMatches(token, found.record.ownerTokenHash)) throw new NotFoundError();
  return found;
}

/** Stores a new encrypted entry under a fresh id; the owner token is returned once and kept only hashed. */
export async function createEntry(payload: EncryptedPayload): Promise<{ id: string; ownerToken: string; revision: number }> {
  const ownerToken = newOwnerToken();
  const now = new Date().toISOString();
  for (;;) {
    const id = newId();
    const record: EntryRecord = { v: 1, iv: payload.iv, ciphertext: payload.ciphertext, ownerTokenHash: hashToken(ownerToken), revision: 1, createdAt: now, updatedAt: now };
    const { modified } = await store(STORE_NAMES.entries).setJSON(id, record, { onlyIfNew: true });
    // A 128-bit collision is practically impossible; if it ever happens, draw another id.
    if (modified) return { id, ownerToken, revision: 1 };
  }
}

export async function readEntry(id: string, token: string): Promise<EntryRecord> {
  return (await ownedEntry(id, token)).record;
}

/** Replaces an entry's ciphertext if `expectedRevision` is still current; returns the new revision. */
export async function updateEntry(id: string, token: string, expectedRevision: number, payload: EncryptedPayload): Promise<EntryRecord> {
  return withKeyLock(`entries/${id}`, async () => {
    const { record, etag } = await ownedEntry(id, token);
    if (record.revision !== expectedRevision) throw new ConflictError(record.revision);
    const next: EntryRecord = { ...record, iv: payload.iv, ciphertext: payload.ciphertext, revision: record.revision + 1, updatedAt: new Date().toISOString() };
    // Only pass onlyIfMatch with a real etag: `onlyIfMatch: undefined` would silently write unconditionally.
    const result = etag ? await store(STORE_NAMES.entries).setJSON(id, next, { onlyIfMatch: etag }) : await store(STORE_NAMES.entries).setJSON(id, next);
    if (!result.modified) throw new ConflictError(record.revision + 1);
    return next;
  });
}

export async function deleteEntry(id: string, token: string): Promise<void> {
  await withKeyLock(`entries/${id}`, async () => {
    await ownedEntry(id, token);
    await store(STORE_NAMES.entries).delete(id);
  });
}

export async function createShare(payload: EncryptedPayload, expiresInDays: number, now = new Date()): Promise<{ id: string; ownerToken: string; expiresAt: string }> {
  const ownerToken = newOwnerToken();
  const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000).toISOString();
  for (;;) {
    const id = newId();
    const record: ShareRecord = { v: 1, iv: payload.iv, ciphertext: payload.ciphertext, ownerTokenHash: hashToken(ownerToken), createdAt: now.toISOString(), expiresAt };
    const { modified } = await store(STORE_NAMES.shares).setJSON(id, record, { onlyIfNew: true });
    if (modified) return { id, ownerToken, expiresAt };
  }
}

/** A share anyone with its id may read, until it expires; an expired one is deleted on sight. */
export async function readShare(id: string, now = new Date()): Promise<ShareRecord> {
  const found = await readRecord('shares', id, ShareRecordSchema);
  if (!found) throw new NotFoundError();
  if (new Date(found.record.expiresAt) <= now) {
    await store(STORE_NAMES.shares).delete(id);
    throw new NotFoundError();
  }
  return found.record;
}

export async function deleteShare(id: string, token: string): Promise<void> {
  const found = await readRecord('shares', id, ShareRecordSchema);
  if (!found || !tokenMatches(token, found.record.ownerTokenHash)) throw new NotFoundError();
  await store(STORE_NAMES.shares).delete(id);
}

/** Deletes every share whose expiry has passed (and any that no longer parse); returns how many. */
export async function deleteExpiredShares(now = new Date()): Promise<number> {
  const shares = store(STORE_NAMES.shares);
  let deleted = 0;
  for await (const page of shares.list({ paginate: true })) {
    for (const { key } of page.blobs) {
      const found = await readRecord('shares', key, ShareRecordSchema);
      if (!found || new Date(found.record.expiresAt) <= now) {
        await shares.delete(key);
        deleted++;
      }
    }
  }
  return deleted;
}
