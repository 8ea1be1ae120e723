// The journal's and shares' only way to @netlify/blobs (the AI's daily counter has its own, budget-store.ts):
// reads that treat a non-JSON blob as absent, and writes that are always conditional (onlyIfNew or onlyIfMatch)
// and fail closed. What the records mean is in
// entry-store.ts, share-store.ts and reply-store.ts; their shapes are in records/.
//
// What @netlify/blobs 11.1.1 does, read from its source (node_modules/@netlify/blobs/dist):
// - `getWithMetadata` returns the ETag header of the store's answer. Netlify's store sends one; the local
//   `BlobsServer` (dev and tests) does not (its GET and HEAD answers carry no ETag), but its listing does, and
//   its PUT honours If-Match against that same tag.
// - `setJSON` with a condition returns `{ modified: false }` for a 412 and `{ modified: true }` for every other
//   status, including a 5xx it gave up retrying (then with an empty etag). It also retries a 5xx by itself, so
//   a write whose first answer was lost comes back as a 412 although it was applied.
// Both are handled below: a write counts only with a new etag or when reading back finds this very write
// (each record carries a random `writeId`); otherwise the caller is told "not written" or "unknown" (503).
import { randomBytes } from 'node:crypto';
import { getStore, type Store } from '@netlify/blobs';

export const STORE_NAMES = { entries: 'entries', shares: 'shares', replies: 'replies' } as const;
export type StoreName = (typeof STORE_NAMES)[keyof typeof STORE_NAMES];

/** The store could not confirm a write, or gave no ETag to make one conditional: nothing is acknowledged. */
export class StoreUnavailableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A conditional write refused again and again because other requests kept changing the key first (only a request
 * whose own condition keeps holding, such as If-Match: *, can meet this): nothing was written.
 */
export class KeptChangingError extends Error {
  constructor(what: string) {
    super(`${what} kept changing under the write`);
    this.name = 'KeptChangingError';
  }
}

/** Nothing by that id for this token: absent, someone else's, deleted, expired or unreadable look the same. */
export class NotFoundError extends Error {
  constructor() {
    super('not found');
    this.name = 'NotFoundError';
  }
}

/** A blob that is not JSON: what a read finds, treated by callers as absent (never a 500). */
export const NOT_JSON = Symbol('not JSON');

export interface Found {
  data: unknown;
  etag: string | undefined;
}

export function store(name: StoreName): Store {
  return getStore({ name, consistency: 'strong' });
}

/** A fresh id for one write attempt, so reading back can tell this write from any other. */
export function newWriteId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Serialises the read-check-write of one key inside this instance. Not what keeps writes safe: that is the store's
 * conditional write, which Netlify's store and the local server (scripts/local-server/blobs.mjs) both apply
 * atomically, and which is the only guard between instances (tests/api/many-instances.test.ts). The lock spares
 * requests to one warm instance from refusing each other and trying again.
 */
const keyLocks = new Map<string, Promise<unknown>>();
export async function withKeyLock<T>(name: StoreName, key: string, work: () => Promise<T>): Promise<T> {
  const lockKey = `${name}/${key}`;
  const previous = keyLocks.get(lockKey) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.catch(() => undefined);
  keyLocks.set(lockKey, settled);
  try {
    return await run;
  } finally {
    if (keyLocks.get(lockKey) === settled) keyLocks.delete(lockKey);
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** Reads a blob as JSON; `null` when absent, `data: NOT_JSON` when it holds anything else. */
export async function readBlob(name: StoreName, key: string): Promise<Found | null> {
  const found = await store(name).getWithMetadata(key, { type: 'text' });
  return found ? { data: parse(found.data), etag: found.etag } : null;
}

/**
 * The ETag the store gave this instance's own last write of each key, with that write's id. When a read finds
 * the same writeId, the blob is still that write, so its tag is usable without asking the listing (which the
 * local server answers by looking at every file in the store). Bounded: the oldest keys are forgotten first.
 */
const ownWrites = new Map<string, { writeId: string; etag: string }>();
const OWN_WRITES_KEPT = 1_000;
function remember(name: StoreName, key: string, writeId: string, etag: string | undefined): void {
  ownWrites.delete(`${name}/${key}`);
  if (!etag) return;
  ownWrites.set(`${name}/${key}`, { writeId, etag });
  if (ownWrites.size > OWN_WRITES_KEPT) ownWrites.delete(ownWrites.keys().next().value ?? '');
}

/**
 * Reads a blob together with an ETag a conditional write can use. When the read carries none (the local
 * server), the tag is the one this instance's own write of that very version got back, or else the one in the
 * listing, taken before reading again: the tag is then never newer than the data, so a change in between makes
 * the conditional write fail instead of going unseen. No tag at all means no write: the caller gets
 * StoreUnavailableError, never an unconditional write.
 */
export async function readForWrite(name: StoreName, key: string): Promise<(Found & { etag: string }) | null> {
  const first = await readBlob(name, key);
  if (!first) return null;
  if (first.etag) return { data: first.data, etag: first.etag };
  const own = ownWrites.get(`${name}/${key}`);
  if (own && writtenBy(first.data, own.writeId)) return { data: first.data, etag: own.etag };
  const etag = await listedEtag(name, key);
  const second = await readBlob(name, key);
  if (!second) return null;
  if (!etag) throw new StoreUnavailableError(`the ${name} store gave no ETag for a conditional write`);
  return { data: second.data, etag };
}

/**
 * The key's ETag from the store's listing. The local server's listing stats every file in the store folder,
 * and a write elsewhere in the store renaming its temp file mid-listing ends the listing early (ENOENT is
 * answered as a partial 200), so a key missing from one listing is looked for again before giving up.
 */
async function listedEtag(name: StoreName, key: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { blobs } = await store(name).list({ prefix: key });
    const etag = blobs.find((blob) => blob.key === key)?.etag;
    if (etag) return etag;
  }
  return undefined;
}

function writtenBy(data: unknown, writeId: string): boolean {
  return typeof data === 'object' && data !== null && (data as { writeId?: unknown }).writeId === writeId;
}

export type WriteOutcome = 'written' | 'refused';

/** Writes `record` only where the condition holds; see the top of this file for how the answer is checked. */
async function conditionalWrite(
  name: StoreName,
  key: string,
  record: { writeId: string },
  condition: { onlyIfNew: true } | { onlyIfMatch: string },
): Promise<WriteOutcome> {
  const result = await store(name).setJSON(key, record, condition);
  if (result.modified && result.etag) {
    remember(name, key, record.writeId, result.etag);
    return 'written';
  }
  // Not confirmed: forget any remembered tag for the key, whatever the read back finds.
  remember(name, key, record.writeId, undefined);
  const now = await readBlob(name, key);
  if (now && writtenBy(now.data, record.writeId)) return 'written';
  if (result.modified) throw new StoreUnavailableError(`the ${name} store did not confirm a write`);
  return 'refused';
}

/** Creates `key` only if it does not exist (If-None-Match: * at the store). */
export function writeIfNew(name: StoreName, key: string, record: { writeId: string }): Promise<WriteOutcome> {
  return conditionalWrite(name, key, record, { onlyIfNew: true });
}

/** Replaces `key` only if it still has `etag` (If-Match at the store). */
export function writeIfMatch(
  name: StoreName,
  key: string,
  record: { writeId: string },
  etag: string,
): Promise<WriteOutcome> {
  // Never let an empty tag through: `onlyIfMatch: ''` would silently become an unconditional write.
  if (!etag) throw new StoreUnavailableError('refusing a conditional write without an ETag');
  return conditionalWrite(name, key, record, { onlyIfMatch: etag });
}

export async function deleteBlob(name: StoreName, key: string): Promise<void> {
  remember(name, key, '', undefined);
  await store(name).delete(key);
}

/** Every key in a store, page by page. */
export async function* listKeys(name: StoreName): AsyncGenerator<string> {
  for await (const page of store(name).list({ paginate: true })) {
    for (const { key } of page.blobs) yield key;
  }
}
