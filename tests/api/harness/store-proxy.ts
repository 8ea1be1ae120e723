// A harness in front of the real local BlobsServer that makes it answer like Netlify's production store where
// the two differ, and can inject the faults production can have:
// - reads carry an ETag (production sends one; the local server does not), taken from the local server's own
//   listing, so it is exactly the tag its If-Match check compares against;
// - requests are applied one at a time, so a fault or a held write acts on one known state (the local server
//   itself applies each conditional write atomically, as production does: scripts/local-server/blobs.mjs);
// - writes can be made to fail (with or without being applied) and be held until other reads have happened.
// Everything else (storage, the If-Match/If-None-Match checks themselves) is the real server's.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoreRequest {
  method: string;
  key: string | undefined;
  ifMatch: string | undefined;
  ifNoneMatch: string | undefined;
  status: number;
}

export interface StoreProxy {
  url: string;
  /** Every request the harness answered, in order. */
  log: StoreRequest[];
  /** Send an ETag with reads, as production does (default true). */
  etagOnRead: boolean;
  /** Keep the ETags in listings (default true). */
  etagOnList: boolean;
  /** Keep the ETag in the answer to a write (default true); all three false make a store with no tags at all. */
  etagOnWrite: boolean;
  /** The next `count` writes are answered with `status`; `applied` says whether the store applied them first. */
  failWrites(count: number, status: number, applied: boolean): void;
  /** Writes to `key` wait until `reads` reads of it have been answered: two writers then act on one state. */
  holdWritesUntilReads(key: string, reads: number): void;
  stop(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startStoreProxy(target: string): Promise<StoreProxy> {
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const faults: { status: number; applied: boolean }[] = [];
  const readsOf = new Map<string, number>();
  const gates: { key: string; reads: number; open: () => void }[] = [];
  const writeGates = new Map<string, Promise<void>>();
  const noteRead = (key: string) => {
    readsOf.set(key, (readsOf.get(key) ?? 0) + 1);
    for (const gate of gates.filter((g) => g.key === key && (readsOf.get(key) ?? 0) >= g.reads)) {
      gates.splice(gates.indexOf(gate), 1);
      gate.open();
    }
  };

  const proxy: StoreProxy = {
    url: '',
    log: [],
    etagOnRead: true,
    etagOnList: true,
    etagOnWrite: true,
    failWrites: (count, status, applied) => faults.push(...Array.from({ length: count }, () => ({ status, applied }))),
    holdWritesUntilReads: (key, reads) => {
      readsOf.set(key, 0);
      writeGates.set(key, new Promise<void>((resolve) => gates.push({ key, reads, open: resolve })));
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', target);
      const [site, store, ...rest] = url.pathname.split('/').slice(1);
      const key = rest.length > 0 ? rest.join('/') : undefined;
      const body = await bodyOf(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name))
          headers.set(name, value);
      }
      if (req.method === 'PUT' && key !== undefined) await writeGates.get(key);
      const answer = await serially(async () => {
        const fault = req.method === 'PUT' ? faults.shift() : undefined;
        if (fault && !fault.applied) return { status: fault.status, headers: new Headers(), body: Buffer.alloc(0) };
        const upstream = await fetch(url, {
          method: req.method ?? 'GET',
          headers,
          ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
        });
        const outHeaders = new Headers(upstream.headers);
        let outBody = Buffer.from(await upstream.arrayBuffer());
        if (req.method === 'GET' && key === undefined && !proxy.etagOnList && upstream.status === 200) {
          const listing = JSON.parse(outBody.toString('utf8')) as { blobs?: { etag?: string }[] };
          for (const blob of listing.blobs ?? []) delete blob.etag;
          outBody = Buffer.from(JSON.stringify(listing));
          outHeaders.delete('content-length');
        }
        if (req.method === 'GET' && key !== undefined && upstream.status === 200 && proxy.etagOnRead) {
          const listing = (await (
            await fetch(new URL(`/${site}/${store}?prefix=${encodeURIComponent(key)}`, target), { headers })
          ).json()) as { blobs: { key: string; etag: string }[] };
          const etag = listing.blobs.find((b) => b.key === key)?.etag;
          if (etag) outHeaders.set('etag', etag);
        }
        if (req.method === 'PUT' && !proxy.etagOnWrite) outHeaders.delete('etag');
        if (fault) return { status: fault.status, headers: new Headers(), body: Buffer.alloc(0) };
        return { status: upstream.status, headers: outHeaders, body: outBody };
      });
      if (req.method === 'GET' && key !== undefined) noteRead(key);
      proxy.log.push({
        method: req.method ?? 'GET',
        key,
        ifMatch: req.headers['if-match'],
        ifNoneMatch: req.headers['if-none-match'],
        status: answer.status,
      });
      answer.headers.delete('content-encoding');
      answer.headers.delete('transfer-encoding');
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(answer.body);
    })().catch((error: unknown) => {
      res.writeHead(502);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
