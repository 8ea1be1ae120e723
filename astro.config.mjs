// @ts-check
import { defineConfig } from 'astro/config';
import netlify from '@astrojs/netlify';
import solid from '@astrojs/solid-js';
import sitemap from '@astrojs/sitemap';

// The public origin is used for canonical URLs and the sitemap. Netlify sets URL at build time.
const site = process.env.URL ?? 'http://localhost:8888';

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  adapter: netlify({
    // Edge-function emulation fetches from the internet at dev start; we have no edge functions.
    devFeatures: { edgeFunctions: false, images: false, environmentVariables: false },
    imageCDN: false,
  }),
  integrations: [solid(), sitemap({ filter: (page) => !page.includes('/s/') })],
  build: {
    // Keep CSS in files so the Content-Security-Policy needs no style hashes for it.
    inlineStylesheets: 'never',
    format: 'directory',
  },
  // No fetches to telemetry or font providers; the site uses system fonts only.
  devToolbar: { enabled: false },
});
