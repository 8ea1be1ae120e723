// A production-like local server: serves the built site in dist/ through Netlify's own emulation
// (@netlify/dev), so headers, redirects, functions and blobs behave as they do when deployed.
// Usage: npm run preview (builds first) or npm run serve (serves the existing build). PORT defaults to 8888.
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NetlifyDev } from '@netlify/dev';

const port = Number(process.env.PORT ?? 8888);
const host = process.env.HOST ?? '127.0.0.1';

const netlifyDev = new NetlifyDev({
  projectRoot: process.cwd(),
  apiToken: undefined,
  // Everything runs offline: no linked site, no remote environment, no edge functions, no AI Gateway.
  edgeFunctions: { enabled: false },
  environmentVariables: { enabled: false },
  geolocation: { enabled: false },
  images: { enabled: false },
  aiGateway: { enabled: false },
  database: { enabled: false },
  blobs: { enabled: true },
  functions: { enabled: true },
  headers: { enabled: true },
  redirects: { enabled: true },
  staticFiles: { enabled: true },
});

await netlifyDev.start();

const server = createServer(async (req, res) => {
  try {
    const match = await netlifyDev.handleAndIntrospectNodeRequest(req);
    const response = match?.response ?? (await notFoundPage(req));
    res.statusCode = response.status;
    response.headers.forEach((value, key) => res.setHeader(key, value));
    if (response.body) {
      // Stream straight through: AI answers must reach the browser as they are generated. If either side
      // breaks (the client leaves, the function's stream fails), end this response instead of crashing.
      await pipeline(Readable.fromWeb(response.body), res).catch(() => res.destroy());
    } else {
      res.end();
    }
  } catch (error) {
    console.error('preview server error:', error);
    res.statusCode = 500;
    res.end('Internal error in the preview server');
  }
});

/** Netlify answers an unknown path with the site's 404.html and status 404 (headers still apply). */
async function notFoundPage(req) {
  const url = new URL('/404.html', `http://${req.headers.host ?? `${host}:${port}`}`);
  const page = await netlifyDev.handle(new Request(url, { headers: { accept: 'text/html' } }));
  if (!page) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(page.body, { status: 404, headers: page.headers });
}

server.listen(port, host, () => {
  console.log(`Preview server (Netlify emulation) on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});

const shutdown = async () => {
  server.close();
  await netlifyDev.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
