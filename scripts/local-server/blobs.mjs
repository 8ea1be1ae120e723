// Netlify Blobs, offline: Netlify's own local Blobs server (@netlify/blobs/server, the file layout Netlify's dev
// tooling uses, so what `astro dev` stored before is still there), served on loopback and made to apply
// conditional writes atomically, as Netlify's store does; and the context a deployed function receives for it.
//
// What the library's server does not do, and this file adds (read from @netlify/blobs 11.1.1, dist/server.js):
// - It listens on every network interface (`listen(port)` with no host). This serves it on 127.0.0.1 unless a
//   `host` option asks otherwise.
// - A PUT checks If-Match / If-None-Match: * and then writes, in separate steps: two writes racing on one key can
//   both pass the check. Here the writes and deletes of one key take turns, so check and write are one step.
// - Its ETag is the file's mtime to the millisecond: two versions written within one millisecond (or one tick of
//   the file system's clock) share a tag, and an If-Match naming the older one passes on the newer. Here every
//   write gets an mtime of its own, one millisecond or more after the last, so every version has its own tag.
// Both use the server's request handler and path mapping, which the library marks private: pinned by the version
// in package-lock.json and checked when the server starts.
import { randomBytes } from 'node:crypto';
import { mkdir, utimes } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { BlobsServer } from '@netlify/blobs/server';
import { sendResponse } from './node-http.mjs';

// The ids Netlify's dev tooling gives an unlinked site; stores are kept per site id, so the same ids find the
// same data.
const SITE_ID = '0';
const DEPLOY_ID = '0';
export const LOOPBACK = '127.0.0.1';

/**
 * Starts a local Blobs server on `directory`. Resolves to its URL (what @netlify/blobs' `edgeURL` and
 * `uncachedEdgeURL` point at) and `stop`.
 * @param {{ directory: string, token: string, host?: string, port?: number }} options
 */
export async function startBlobsServer({ directory, token, host = LOOPBACK, port = 0 }) {
  const blobs = new BlobsServer({ directory, token });
  if (
    typeof blobs.handleRequest !== 'function' ||
    typeof blobs.getLocalPaths !== 'function' ||
    typeof BlobsServer.generateETag !== 'function'
  ) {
    throw new Error(
      '@netlify/blobs/server no longer has the internals scripts/local-server/blobs.mjs relies on; see its first comment.',
    );
  }
  await mkdir(directory, { recursive: true });
  const turns = new Map();
  let lastMtime = 0;

  /** Runs `work` after every earlier write or delete of `path` has finished. */
  function inTurn(path, work) {
    const run = (turns.get(path) ?? Promise.resolve()).then(work, work);
    const settled = run.catch(() => undefined);
    turns.set(path, settled);
    void settled.then(() => turns.get(path) === settled && turns.delete(path));
    return run;
  }

  async function answer(request) {
    const { dataPath, key } = blobs.getLocalPaths(new URL(request.url));
    if (request.method !== 'PUT' && request.method !== 'DELETE') {
      // A read waits for the writes under way to finish, so it never sees a version before its tag is its own: a
      // key's read waits for that key's, a listing for all of them.
      if (dataPath && key) await turns.get(dataPath);
      else await Promise.all(turns.values());
      return blobs.handleRequest(request);
    }
    if (!dataPath) return blobs.handleRequest(request);
    return inTurn(dataPath, async () => {
      const response = await blobs.handleRequest(request);
      // A PUT through the API path answers with a signed URL (status 200, a body, no write): leave it as it is.
      if (request.method !== 'PUT' || response.status !== 200 || !response.headers.has('etag')) return response;
      lastMtime = Math.max(Date.now(), lastMtime + 1);
      // Half a millisecond past it, so rounding between seconds and nanoseconds never moves it to the one before.
      await utimes(dataPath, new Date(), (lastMtime + 0.5) / 1000);
      return new Response(null, { status: 200, headers: { etag: await BlobsServer.generateETag(dataPath) } });
    });
  }

  const server = createServer(async (req, res) => {
    try {
      await sendResponse(res, await answer(await webRequest(req, origin)));
    } catch (error) {
      console.error('local Blobs server:', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  // The library builds signed URLs (its API path) from this; its own start() would have set it.
  blobs.address = origin;
  return {
    url: origin,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** A Node request as a web Request, its body read in full (blobs are small, and the library's handler wants one). */
async function webRequest(req, origin) {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const chunks = [];
  if (req.method !== 'GET' && req.method !== 'HEAD') for await (const chunk of req) chunks.push(chunk);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, ...(body ? { body } : {}) });
}

/**
 * Starts the Blobs server for the site. `site.blobs` is what Netlify puts in a function's event (base64 JSON with
 * the edge URL, the uncached URL that `consistency: 'strong'` reads from, a token and the region); the bootstrap in
 * each function build turns it, with the site and deploy ids from the request headers, into @netlify/blobs'
 * environment context. `context` is that environment context, for a script in this process
 * (`setEnvironmentContext` or NETLIFY_BLOBS_CONTEXT).
 */
export async function startBlobs(
  projectRoot,
  directory = join(projectRoot, '.netlify', 'blobs-serve'),
  { host = LOOPBACK } = {},
) {
  const token = randomBytes(24).toString('base64url');
  const { url, stop } = await startBlobsServer({ directory, token, host });
  const event = { url, url_uncached: url, token, primary_region: 'us-east-2' };
  return {
    site: { siteID: SITE_ID, deployID: DEPLOY_ID, blobs: Buffer.from(JSON.stringify(event)).toString('base64') },
    context: { edgeURL: url, uncachedEdgeURL: url, siteID: SITE_ID, token },
    stop,
  };
}
