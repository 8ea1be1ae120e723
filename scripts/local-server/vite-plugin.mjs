// For `npm run dev` (astro dev): answers the site's function routes from the warm function host, ahead of the
// Netlify adapter's own emulation (which builds a function afresh for every request), and rebuilds a function when
// a file it is made of changes. Everything else (pages, assets, headers, redirects) is left to Astro and Netlify's
// Vite plugin.
import { startBlobs } from './blobs.mjs';
import { FunctionHost } from './function-host.mjs';
import { functionResponse, sendResponse } from './node-http.mjs';
import { readSiteConfig } from './site-config.mjs';

/**
 * Sets the warm functions up on Vite's dev server. Called from a `configureServer` hook that Vite runs before
 * Netlify's Vite plugin's (astro.config.mjs: `enforce: 'pre'`), so this middleware comes first.
 * @param {import('vite').ViteDevServer} server
 */
export function attachWarmFunctions(server) {
  const projectRoot = server.config.root;
  // Listed in a moment, built in the background: pages are served meanwhile, API requests wait for their build.
  const ready = (async () => {
    const [blobs, siteConfig] = await Promise.all([startBlobs(projectRoot), readSiteConfig(projectRoot)]);
    const host = new FunctionHost({ projectRoot, siteConfig, site: blobs.site });
    await host.start({ waitForBuilds: false });
    return { host, blobs };
  })();
  ready.catch((error) =>
    server.config.logger.error(`warm functions: could not start: ${error instanceof Error ? error.message : error}`),
  );

  server.watcher.on('all', (kind, file) => {
    if (kind === 'change' || kind === 'add' || kind === 'unlink')
      void ready.then(({ host }) => host.sourceChanged(file, kind)).catch(() => {});
  });
  server.httpServer?.once('close', () => {
    void ready.then(({ host, blobs }) => Promise.all([host.stop(), blobs.stop()])).catch(() => {});
  });

  server.middlewares.use(async (req, res, next) => {
    try {
      // If the host could not start (reported above), Netlify's own emulation still answers.
      const started = await ready.catch(() => undefined);
      if (!started) return next();
      const { host } = started;
      const origin = `http://${req.headers.host ?? 'localhost'}`;
      const match = host.match(new URL(req.url ?? '/', origin).pathname, req.method ?? 'GET');
      if (!match) return next();
      await sendResponse(res, await functionResponse(host, match, req, origin));
    } catch (error) {
      next(error);
    }
  });
}
