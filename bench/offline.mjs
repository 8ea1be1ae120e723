// The offline part of the bench, read from the built dist/ (no server needed): the service worker and its
// registration script, and what the worker precaches on a first visit (the same globs as scripts/service-worker.mjs),
// by group, raw and gzipped (gzip level 6 of each file, as a CDN sends text; Pagefind's index files are compressed
// already and stay about their raw size). Also the guide page's JS, which is only the registration.
// `node bench/offline.mjs` prints the figures as JSON on the existing dist/; `npm run bench` includes them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getManifest } from '@serwist/build';
import { PRECACHE } from '../scripts/service-worker.mjs';

const DIST = 'dist';
const GUIDE = 'guides/making-the-ask/index.html';

const sizes = async (file) => {
  const body = await readFile(join(DIST, file));
  return { bytes: body.length, gzip: gzipSync(body, { level: 6 }).length };
};

const groupOf = (file) =>
  file.endsWith('.html')
    ? 'pages'
    : file.startsWith('_astro/')
      ? 'built assets (_astro)'
      : file.startsWith('pagefind/')
        ? 'search index (pagefind)'
        : 'manifest, icons, scripts';

export async function measureOffline() {
  // The file names as they are in dist/: the precache's own transform (pages under /x/) is left out here.
  const { manifestEntries = [], count, size } = await getManifest({ ...PRECACHE, manifestTransforms: [] });
  const groups = {};
  let gzip = 0;
  for (const entry of manifestEntries) {
    const file = entry.url;
    const measured = await sizes(file);
    const group = (groups[groupOf(file)] ??= { files: 0, bytes: 0, gzip: 0 });
    group.files += 1;
    group.bytes += measured.bytes;
    group.gzip += measured.gzip;
    gzip += measured.gzip;
  }
  const guideHtml = await readFile(join(DIST, GUIDE), 'utf8');
  const guideScripts = [...guideHtml.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map(([, src]) => src);
  const guideInline = [...guideHtml.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, [, body]) => n + Buffer.byteLength(body),
    0,
  );
  let guideJsBytes = guideInline;
  let guideJsGzip = 0;
  for (const script of guideScripts) {
    const measured = await sizes(script);
    guideJsBytes += measured.bytes;
    guideJsGzip += measured.gzip;
  }
  return {
    serviceWorker: await sizes('sw.js'),
    registration: await sizes('sw-register.js'),
    precache: { files: count, bytes: size, gzip, groups },
    guidePage: {
      path: `/${GUIDE.replace(/index\.html$/, '')}`,
      scripts: guideScripts,
      jsBytes: guideJsBytes,
      jsGzip: guideJsGzip,
    },
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The offline figures as the bench prints them. */
export function printOffline(offline) {
  const { serviceWorker: sw, registration: reg, precache, guidePage } = offline;
  console.log('\nOffline (service worker)          | files | raw       | gzip');
  console.log('----------------------------------|-------|-----------|----------');
  console.log(`sw.js (Serwist + precache list)   |     1 | ${kb(sw.bytes).padStart(9)} | ${kb(sw.gzip).padStart(8)}`);
  console.log(
    `sw-register.js (every page)       |     1 | ${`${reg.bytes} B`.padStart(9)} | ${`${reg.gzip} B`.padStart(8)}`,
  );
  for (const [group, g] of Object.entries(precache.groups))
    console.log(
      `precache: ${group.padEnd(24)}| ${String(g.files).padStart(5)} | ${kb(g.bytes).padStart(9)} | ${kb(g.gzip).padStart(8)}`,
    );
  console.log(
    `precache, all                     | ${String(precache.files).padStart(5)} | ${kb(precache.bytes).padStart(9)} | ${kb(precache.gzip).padStart(8)}`,
  );
  console.log(
    `guide page JS (${guidePage.scripts.join(', ') || 'none'}): ${guidePage.jsBytes} bytes, ${guidePage.jsGzip} gzipped`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const offline = await measureOffline();
  printOffline(offline);
  console.log(JSON.stringify(offline, null, 2));
}
