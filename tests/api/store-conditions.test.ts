// Pins that writes are conditional at the store and fail closed, with two function instances (two module
// graphs, so two separate in-process locks) against the real local BlobsServer behind tests/api/harness/
// store-proxy.ts, which gives reads an ETag and applies If-Match atomically, as Netlify's store does.
//
// The guarantee production relies on: Netlify's store checks If-Match (onlyIfMatch) and If-None-Match: *
// (onlyIfNew) and applies the write in one step. The in-process lock in storage.ts does not span instances;
// these tests show the store's condition alone refuses the stale write.
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Handler } from '../support/api';
import { call, newId, newOwnerToken, putJson } from '../support/api';
import { pointBlobsAt, startLocalBlobs, type LocalBlobs } from '../support/blobs';
import { opaquePayload } from './harness/ciphertext';
import { startStoreProxy, type StoreProxy } from './harness/store-proxy';

let blobs: LocalBlobs;
let proxy: StoreProxy;
let instanceA: Handler;
let instanceB: Handler;

/** A fresh copy of the entries function with its own module graph: a second function instance. */
async function loadInstance(): Promise<Handler> {
  vi.resetModules();
  return (await import('../../netlify/functions/entries.mts')).default;
}

beforeAll(async () => {
  blobs = await startLocalBlobs();
  proxy = await startStoreProxy(blobs.url);
  pointBlobsAt(proxy.url, blobs.siteID, blobs.token);
  instanceA = await loadInstance();
  instanceB = await loadInstance();
});
afterAll(async () => {
  await proxy.stop();
  await blobs.stop();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const path = (id: string) => `/api/entries/${id}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function created(handler: Handler = instanceA): Promise<{ id: string; token: string }> {
  const id = newId();
  const token = newOwnerToken();
  expect((await putJson(handler, path(id), opaquePayload(), { ...auth(token), 'if-none-match': '*' })).status).toBe(
    201,
  );
  // The local server's tag is the file's mtime to the millisecond: let the clock move past the create.
  await sleep(5);
  return { id, token };
}

const revisionOf = async (id: string, token: string) =>
  ((await (await call(instanceA, path(id), { headers: auth(token) })).json()) as { revision: number }).revision;

describe('@netlify/blobs 11 against the local BlobsServer (what storage.ts is built on)', () => {
  it('returns no ETag from getWithMetadata, while the listing has one', async () => {
    pointBlobsAt(blobs.url, blobs.siteID, blobs.token);
    try {
      const entries = getStore({ name: 'probe', consistency: 'strong' });
      await entries.setJSON('k', { a: 1 });
      expect((await entries.getWithMetadata('k'))?.etag).toBeUndefined();
      expect((await entries.list({ prefix: 'k' })).blobs[0]?.etag).toMatch(/^"[0-9a-f]{64}"$/);
    } finally {
      pointBlobsAt(proxy.url, blobs.siteID, blobs.token);
    }
  });
});

describe('two instances updating one revision', () => {
  it('lets exactly one write through in every round; the store refuses the other (onlyIfMatch)', async () => {
    const { id, token } = await created();
    for (let round = 1; round <= 5; round++) {
      proxy.holdWritesUntilReads(id, 2);
      const from = proxy.log.length;
      const answers = await Promise.all(
        [instanceA, instanceB].map((handler) =>
          putJson(handler, path(id), opaquePayload(), { ...auth(token), 'if-match': `"${round}"` }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
      // Both had read revision `round` and passed the revision check: it was the store that said no.
      const writes = proxy.log.slice(from).filter((r) => r.method === 'PUT');
      expect(writes.map((w) => w.status).sort()).toEqual([200, 412]);
      expect(writes.every((w) => w.ifMatch !== undefined)).toBe(true);
      expect(await revisionOf(id, token)).toBe(round + 1);
      await sleep(5);
    }
  });

  it('never lets a delete naming an old revision remove the newer one', async () => {
    const { id, token } = await created();
    proxy.holdWritesUntilReads(id, 2);
    const [update, remove] = await Promise.all([
      putJson(instanceA, path(id), opaquePayload(), { ...auth(token), 'if-match': '"1"' }),
      call(instanceB, path(id), { method: 'DELETE', headers: { ...auth(token), 'if-match': '"1"' } }),
    ]);
    const statuses = [update.status, remove.status];
    expect(statuses.filter((s) => s < 300)).toHaveLength(1);
    const after = await call(instanceA, path(id), { headers: auth(token) });
    expect(after.status).toBe(update.status === 200 ? 200 : 404);
  });

  it('lets one of two creates of one id through (onlyIfNew); the other is told the id is taken', async () => {
    const id = newId();
    const answers = await Promise.all(
      [instanceA, instanceB].map((handler) =>
        putJson(handler, path(id), opaquePayload(), { ...auth(newOwnerToken()), 'if-none-match': '*' }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
  });
});

describe('failing closed', () => {
  it('recognises its own write when the store applied it but the answer was lost (the library retries, gets 412)', async () => {
    const { id, token } = await created();
    proxy.failWrites(1, 503, true);
    const answer = await putJson(instanceA, path(id), opaquePayload(), { ...auth(token), 'if-match': '"1"' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"2"');
    expect(await revisionOf(id, token)).toBe(2);
  });

  it('answers 503 and acknowledges nothing when the store keeps failing a write', async () => {
    const { id, token } = await created();
    proxy.failWrites(6, 500, false);
    const answer = await putJson(instanceA, path(id), opaquePayload(), { ...auth(token), 'if-match': '"1"' });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(await revisionOf(id, token)).toBe(1);

    const fresh = newId();
    proxy.failWrites(6, 500, false);
    expect(
      (await putJson(instanceA, path(fresh), opaquePayload(), { ...auth(token), 'if-none-match': '*' })).status,
    ).toBe(503);
    expect((await call(instanceA, path(fresh), { headers: auth(token) })).status).toBe(404);
  });

  /** Runs `work` with the harness's tags switched as given, then switched back on. */
  async function withTags(
    tags: { read: boolean; list: boolean; write: boolean },
    work: () => Promise<void>,
  ): Promise<void> {
    Object.assign(proxy, { etagOnRead: tags.read, etagOnList: tags.list, etagOnWrite: tags.write });
    try {
      await work();
    } finally {
      Object.assign(proxy, { etagOnRead: true, etagOnList: true, etagOnWrite: true });
    }
  }
  const update = (handler: Handler, id: string, token: string, ifMatch: string) =>
    putJson(handler, path(id), opaquePayload(), { ...auth(token), 'if-match': ifMatch });

  it('takes the ETag from the listing when reads carry none (the local server), and still writes conditionally', async () => {
    const { id, token } = await created(instanceA);
    await withTags({ read: false, list: true, write: true }, async () => {
      const from = proxy.log.length;
      // Instance B has written nothing here, so only the listing can give it a tag.
      expect((await update(instanceB, id, token, '"1"')).status).toBe(200);
      const requests = proxy.log.slice(from);
      expect(requests.some((r) => r.method === 'GET' && r.key === undefined)).toBe(true);
      expect(requests.filter((r) => r.method === 'PUT').every((r) => r.ifMatch?.startsWith('"'))).toBe(true);
    });
  });

  it('uses the ETag its own write got back only while the blob is still that write', async () => {
    await withTags({ read: false, list: false, write: true }, async () => {
      const { id, token } = await created(instanceA);
      expect((await update(instanceA, id, token, '"1"')).status).toBe(200);
      // B never wrote this blob and the listing has no tags: nothing to make the write conditional on.
      expect((await update(instanceB, id, token, '"2"')).status).toBe(503);
      proxy.etagOnList = true;
      expect((await update(instanceB, id, token, '"2"')).status).toBe(200);
      proxy.etagOnList = false;
      // A's remembered tag belongs to revision 2, which B has replaced: A must not use it.
      expect((await update(instanceA, id, token, '"3"')).status).toBe(503);
      expect(await revisionOf(id, token)).toBe(3);
    });
  });

  it('refuses to update or delete (503) when the store gives no ETag at all, rather than write unconditionally', async () => {
    await withTags({ read: false, list: false, write: false }, async () => {
      const { id, token } = await created(instanceA);
      expect((await update(instanceA, id, token, '"1"')).status).toBe(503);
      expect((await call(instanceA, path(id), { method: 'DELETE', headers: auth(token) })).status).toBe(503);
      expect(await revisionOf(id, token)).toBe(1);
    });
  });

  it('sent no write to the store without a condition, in this whole file', () => {
    const writes = proxy.log.filter((r) => r.method === 'PUT');
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.filter((w) => w.ifMatch === undefined && w.ifNoneMatch !== '*')).toEqual([]);
  });
});
