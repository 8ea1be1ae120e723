// The local Blobs server (scripts/local-server/blobs.mjs) as a store: conditional writes applied atomically and a
// tag of its own for every version, as Netlify's production store gives, and reachable on loopback only. The API
// tests, the many-instance test and the local servers all rely on these.
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../support/api';
import { useLocalBlobs } from '../support/blobs';

const blobs = useLocalBlobs({ beforeAll, afterAll });
const store = () => getStore({ name: 'probe', consistency: 'strong' });

describe('the local Blobs server', () => {
  it('lets exactly one of 40 concurrent onlyIfNew writes to one key through, and keeps that one', async () => {
    const key = newId();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        store()
          .setJSON(key, { n }, { onlyIfNew: true })
          .then((r) => ({ n, ...r })),
      ),
    );
    const winners = results.filter((r) => r.modified);
    expect(winners).toHaveLength(1);
    expect(await store().get(key, { type: 'json' })).toEqual({ n: winners[0]?.n });
  });

  it('lets exactly one of 40 concurrent onlyIfMatch writes naming one version through', async () => {
    const key = newId();
    const { etag } = await store().setJSON(key, { n: -1 });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        store()
          .setJSON(key, { n }, { onlyIfMatch: etag ?? '' })
          .then((r) => ({ n, ...r })),
      ),
    );
    const winners = results.filter((r) => r.modified);
    expect(winners).toHaveLength(1);
    expect(await store().get(key, { type: 'json' })).toEqual({ n: winners[0]?.n });
  });

  it('gives every version its own tag, however fast they follow each other, and lists the current one', async () => {
    const key = newId();
    const tags: string[] = [];
    for (let n = 0; n < 30; n++) tags.push((await store().setJSON(key, { n })).etag ?? '');
    expect(new Set(tags).size).toBe(30);
    expect((await store().list({ prefix: key })).blobs.find((b) => b.key === key)?.etag).toBe(tags.at(-1));
    // The tag of the version before the last no longer matches.
    expect((await store().setJSON(key, { n: 'stale' }, { onlyIfMatch: tags.at(-2) ?? '' })).modified).toBe(false);
    expect((await store().setJSON(key, { n: 'fresh' }, { onlyIfMatch: tags.at(-1) ?? '' })).modified).toBe(true);
  });

  it('listens on 127.0.0.1 only', async () => {
    const { hostname, port } = new URL(blobs().url);
    expect(hostname).toBe('127.0.0.1');
    // 127.0.0.2 is this machine too (127.0.0.0/8 is loopback), but a server bound to 127.0.0.1 alone is not there;
    // one bound to every interface (the library's own start()) is.
    await expect(fetch(`http://127.0.0.2:${port}/`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  });
});
