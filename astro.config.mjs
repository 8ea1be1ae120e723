// @ts-check
import { defineConfig } from 'astro/config';
import netlify from '@astrojs/netlify';
import solid from '@astrojs/solid-js';
import sitemap from '@astrojs/sitemap';
import { prerenderedOnly } from './scripts/prerendered-only.mjs';

// The public origin is used for canonical URLs and the sitemap. Netlify sets URL at build time.
const site = process.env.URL ?? 'http://localhost:8888';

export default defineConfig({
  site,
  // 'ignore', not 'always': in `astro dev` Astro's trailing-slash check would answer /api/* with a 404
  // before the Netlify functions emulation sees it. Built pages still all live at /path/ (format: 'directory').
  trailingSlash: 'ignore',
  output: 'static',
  // Every page is prerendered: deploy no `ssr` catch-all function, so an unknown URL gets dist/404.html with the
  // netlify.toml headers (scripts/prerendered-only.mjs says why the adapter would otherwise emit one).
  adapter: prerenderedOnly(
    netlify({
      // Edge-function emulation fetches from the internet at dev start; we have no edge functions.
      devFeatures: { edgeFunctions: false, images: false, environmentVariables: false },
      imageCDN: false,
    }),
  ),
  integrations: [solid(), sitemap({ filter: (page) => !page.includes('/s/') })],
  build: {
    // Keep CSS in files so the Content-Security-Policy needs no style hashes for it.
    inlineStylesheets: 'never',
    format: 'directory',
  },
  // No fetches to telemetry or font providers; the site uses system fonts only.
  devToolbar: { enabled: false },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // One file for what every island page loads: Solid's core and store (the renderer imports the store),
              // Astro's Solid renderer, Vite's preload helper (every island loads steps on demand) and the safety
              // message (the runner, the journal, the update and the shared link all show it). One gzip stream is
              // smaller than several, and on a deployed build every import between files also carries `?dpl=`: the
              // runner's 20 KB budget (20,953 B gz as six files on the deployed build, 20,466 B this way).
              codeSplitting: {
                groups: [
                  {
                    name: 'solid',
                    test: /node_modules[\\/]solid-js[\\/]|vite[\\/]preload-helper|@astrojs[\\/]solid-js[\\/]dist[\\/]client|src[\\/]islands[\\/]SafetyMessage/,
                  },
                ],
              },
            },
          },
        },
      },
    },
    plugins: [
      {
        // `astro dev` only: the functions built once and kept warm, rebuilt when their files change, ahead of the
        // adapter's emulation, which builds a function afresh for every request (scripts/local-server/). 'pre': Vite
        // runs this hook, and so adds this middleware, before the adapter's. Imported only when the hook runs, so
        // `astro sync` and `astro build` never load it.
        name: 'lodestar:warm-functions',
        apply: 'serve',
        enforce: 'pre',
        async configureServer(server) {
          const { attachWarmFunctions } = await import('./scripts/local-server/vite-plugin.mjs');
          attachWarmFunctions(server);
        },
      },
    ],
  },
});
