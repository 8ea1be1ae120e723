// A production-like local server for the built site in dist/: Netlify's own emulation (@netlify/dev) for static
// files, headers and redirects, and the functions built once with Netlify's bundler and kept warm
// (scripts/local-server/), with Netlify Blobs offline. See "How the local server differs from production" in the README.
// Usage: npm run preview (builds first) or npm run serve (serves the existing build). PORT defaults to 8888;
// LOCAL_BLOBS_DIR moves the Blobs store (default .netlify/blobs-serve), e.g. to a fresh folder for a test run.
import { createServer } from 'node:http';
import { NetlifyDev } from '@netlify/dev';
import { startBlobs } from './local-server/blobs.mjs';
import { startFunctionHost } from './local-server/function-host.mjs';
import { functionResponse, sendResponse } from './local-server/node-http.mjs';
import { readSiteConfig } from './local-server/site-config.mjs';

const port = Number(process.env.PORT ?? 8888);
const host = process.env.HOST ?? '127.0.0.1';
const projectRoot = process.cwd();

const netlifyDev = new NetlifyDev({
  projectRoot,
  apiToken: undefined,
  // Everything runs offline: no linked site, no remote environment, no edge functions, no AI Gateway. Functions and
  // Blobs are served by the warm function host below: @netlify/dev builds a function afresh for every request.
  edgeFunctions: { enabled: false },
  environmentVariables: { enabled: false },
  geolocation: { enabled: false },
  images: { enabled: false },
  aiGateway: { enabled: false },
  database: { enabled: false },
  blobs: { enabled: false },
  functions: { enabled: false },
  headers: { enabled: true },
  redirects: { enabled: true },
  staticFiles: { enabled: true },
});

const [, blobs, siteConfig] = await Promise.all([
  netlifyDev.start(),
  startBlobs(projectRoot, process.env.LOCAL_BLOBS_DIR || undefined),
  readSiteConfig(projectRoot),
]);
const functions = await startFunctionHost({ projectRoot, siteConfig, site: blobs.site });
const origin = `http://${host}:${port}`;

const server = createServer(async (req, res) => {
  try {
    await sendResponse(res, await answer(req));
  } catch (error) {
    console.error('preview server error:', error);
    if (!res.headersSent) res.statusCode = 500;
    res.end('Internal error in the preview server');
  }
});

/** Netlify's order: a function (unless it prefers a static file that exists), then redirects and static files, then 404. */
async function answer(req) {
  const { pathname } = new URL(req.url ?? '/', origin);
  const match = functions.match(pathname, req.method ?? 'GET');
  if (match && !match.preferStatic) return functionResponse(functions, match, req, origin);
  const result = await netlifyDev.handleAndIntrospectNodeRequest(req);
  if (result) return result.response;
  if (match) return functionResponse(functions, match, req, origin);
  return notFoundPage(req);
}

/** Netlify answers an unknown path with the site's 404.html and status 404 (headers still apply). */
async function notFoundPage(req) {
  const url = new URL('/404.html', `http://${req.headers.host ?? `${host}:${port}`}`);
  const page = await netlifyDev.handle(new Request(url, { headers: { accept: 'text/html' } }));
  if (!page) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(page.body, { status: 404, headers: page.headers });
}

server.listen(port, host, () => {
  console.log(
    `Preview server (Netlify emulation, warm functions) on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
  );
});

const shutdown = async () => {
  server.close();
  await Promise.allSettled([functions.stop(), blobs.stop(), netlifyDev.stop()]);
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
