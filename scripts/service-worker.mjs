// Builds the service worker and its registration into dist/, after `astro build`, Pagefind and modulepreload.mjs
// (so the precache lists the pages as they are served), before csp.mjs:
//   1. src/service-worker/sw.ts (Serwist) → dist/sw.js, and src/browser/offline-entry.ts → dist/sw-register.js,
//      bundled and minified with esbuild;
//   2. @serwist/build's injectManifest writes the precache list into dist/sw.js: every page under its own address
//      (/guides/x/, not /guides/x/index.html), the built assets, Pagefind's search files, the manifest and icons.
// Prints the precache's file count and size. Exported for the bench, which reports the same figures.
import { build } from 'esbuild';
import { injectManifest } from '@serwist/build';
import { fileURLToPath } from 'node:url';

const DIST = 'dist';

/** What the worker precaches, as globs over dist/. */
export const PRECACHE = {
  globDirectory: DIST,
  globPatterns: [
    '**/*.html',
    '_astro/**/*.{js,css}',
    // Pagefind's search: its script, worker, entry, metadata, index, fragments and the English WebAssembly. Not its
    // ready-made UIs (the search page has its own) nor the wasm for pages of an unknown language (every page is en).
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/*.pf_meta',
    'pagefind/index/*',
    'pagefind/fragment/*',
    'pagefind/wasm.en.pagefind',
    'scripts/*.js',
    'sw-register.js',
    'manifest.webmanifest',
    'favicon.svg',
    'icons/*.png',
  ],
  globIgnores: ['sw.js'],
  // Astro's file names carry their content's hash: fetched once, never again under the same name.
  dontCacheBustURLsMatching: /^_astro\//,
  manifestTransforms: [
    // Pages under the address people use (/guides/x/, /), which is also what Netlify serves without a redirect.
    (entries) => ({
      manifest: entries.map((entry) => ({ ...entry, url: `/${entry.url.replace(/(^|\/)index\.html$/, '$1')}` })),
      warnings: [],
    }),
  ],
};

export async function buildServiceWorker() {
  const options = { outdir: DIST, bundle: true, minify: true, target: 'es2022', logLevel: 'warning' };
  await Promise.all([
    // A classic worker script: registered without { type: 'module' }, which not every browser takes for a worker.
    build({
      ...options,
      entryPoints: { sw: 'src/service-worker/sw.ts' },
      format: 'iife',
      // Serwist's development logging is dropped when this is "production".
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
    // Loaded by every page as <script type="module">: a module needs no wrapper and no "use strict", which keeps it
    // under the guide pages' 1 KB budget (bench/run.mjs).
    build({ ...options, entryPoints: { 'sw-register': 'src/browser/offline-entry.ts' }, format: 'esm' }),
  ]);
  const result = await injectManifest({ ...PRECACHE, swSrc: `${DIST}/sw.js`, swDest: `${DIST}/sw.js` });
  for (const warning of result.warnings) console.warn(`service worker: ${warning}`);
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { count, size } = await buildServiceWorker();
  console.log(`service worker: dist/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
}
