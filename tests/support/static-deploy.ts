// A deploy of the built site (dist/, as the e2e server built it) on a port of its own, whose service worker can be
// replaced by "the next deploy's": the same file with a line added, which the browser sees as a new version. The
// update spec needs it because Playwright cannot route the browser's own check for a new /sw.js, and changing the
// shared server's file would reach every other test. Static files only: no functions, no headers beyond the type.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticDeploy {
  url: string;
  /** From now on /sw.js is the next version's. */
  deployNextVersion(): void;
  close(): Promise<void>;
}

export async function startStaticDeploy(root = 'dist'): Promise<StaticDeploy> {
  let next = false;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://deploy').pathname));
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      try {
        let body: Buffer | string = await readFile(file);
        if (path === '/sw.js' && next) body = `${body.toString('utf8')}\n// the next deploy\n`;
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        response.end(body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static deploy did not get a port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    deployNextVersion: () => {
      next = true;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
