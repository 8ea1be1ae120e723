// Pins what the service worker precaches (scripts/service-worker.mjs's globs over a small built site): every page under
// the address people use, hashed assets without a cache-busting revision, Pagefind's search files but not its unused
// UIs, and never an API answer, a share, the worker itself or the sitemap. Also that the web app manifest's icons exist
// at the sizes it names (read from the PNG headers).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from '@serwist/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRECACHE } from '../../scripts/service-worker.mjs';

const SITE = [
  'index.html',
  '404.html',
  'guides/index.html',
  'guides/making-the-ask/index.html',
  's/index.html',
  '_astro/ReflectionRunner.DI-DAuLt.js',
  '_astro/interactive.Davq94wp.css',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_858c2fad91.pf_meta',
  'pagefind/index/en_1234567.pf_index',
  'pagefind/fragment/en_abcdef1.pf_fragment',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-component-ui.js',
  'scripts/search.js',
  'sw.js',
  'sw-register.js',
  'manifest.webmanifest',
  'favicon.svg',
  'icons/icon-192.png',
  'sitemap-index.xml',
  'robots.txt',
];

let site: string;
let entries: { url: string; revision?: string | null | undefined }[];

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'lodestar-precache-'));
  for (const file of SITE) {
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), `content of ${file}`);
  }
  entries = (await getManifest({ ...PRECACHE, globDirectory: site })).manifestEntries ?? [];
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('the service worker precache', () => {
  it('lists every page under its own address, with a revision from its content', () => {
    const pages = entries.filter((e) => e.url.endsWith('/') || e.url.endsWith('.html'));
    expect(pages.map((e) => e.url).sort()).toEqual(['/', '/404.html', '/guides/', '/guides/making-the-ask/', '/s/']);
    for (const page of pages) expect(page.revision).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps hashed assets without a revision, since their name changes with their content', () => {
    const assets = entries.filter((e) => e.url.startsWith('/_astro/')).sort((a, b) => a.url.localeCompare(b.url));
    expect(assets).toEqual([
      { url: '/_astro/interactive.Davq94wp.css', revision: null },
      { url: '/_astro/ReflectionRunner.DI-DAuLt.js', revision: null },
    ]);
  });

  it("holds Pagefind's search (script, worker, index, English wasm) but not its unused UIs", () => {
    const pagefind = entries.filter((e) => e.url.startsWith('/pagefind/')).map((e) => e.url);
    expect(pagefind.sort()).toEqual([
      '/pagefind/fragment/en_abcdef1.pf_fragment',
      '/pagefind/index/en_1234567.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.en_858c2fad91.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
    ]);
  });

  it('holds the registration, manifest and icons, and never the worker itself, the sitemap or an API address', () => {
    const urls = entries.map((e) => e.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/sw-register.js',
        '/manifest.webmanifest',
        '/favicon.svg',
        '/icons/icon-192.png',
        '/scripts/search.js',
      ]),
    );
    expect(
      urls.filter(
        (url) => url === '/sw.js' || url.includes('sitemap') || url.includes('robots') || url.startsWith('/api/'),
      ),
    ).toEqual([]);
  });
});

describe('the web app manifest', () => {
  it('names icons of 192 and 512 px, plain and maskable, that exist at those sizes', async () => {
    const manifest = JSON.parse(await readFile('public/manifest.webmanifest', 'utf8')) as {
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '192x192 maskable',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const png = await readFile(join('public', icon.src));
      // A PNG's IHDR chunk: width and height as 32-bit big-endian numbers at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
});
