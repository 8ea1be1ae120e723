// The pages part of the bench: for each page type, the bytes a first visit transfers (HTML, CSS and JS gzipped;
// raw JS bytes) and Lighthouse 12's mobile scores in the local Chromium (median of three runs), with the module
// preloads the page carries. Also says which build it measured: a production build's asset URLs carry
// `?dpl=<deploy id>` (Netlify sets DEPLOY_ID, the Astro adapter adds it), and only that build is the deployed site.
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { islandEntries, modulePreloads, staticImports } from '../scripts/island-modules.mjs';

export const PAGE_TYPES = [
  { type: 'home', path: '/' },
  { type: 'guides index', path: '/guides/' },
  { type: 'guide', path: '/guides/making-the-ask/' },
  { type: 'reflections index', path: '/reflect/' },
  { type: 'reflection runner', path: '/reflect/mentorship-assessment/' },
  { type: 'journal (empty)', path: '/journal/' },
];

// A fixed deploy id for the bench's build, in Netlify's form: 24 hex digits, a timestamp then random ones (an id of
// zeros would compress better than a real one and flatter the gzipped sizes). The figures are the deployed site's,
// bytes of `?dpl=` included, and stay comparable from run to run.
export const BENCH_DEPLOY_ID = '6753a1f04c2e9b7d1a8f3e65';

const LIGHTHOUSE_RUNS = 3;

/** The same-origin assets a page loads straight from its HTML: stylesheets, scripts, module preloads and islands. */
function assetUrls(html) {
  const urls = new Set(modulePreloads(html));
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) urls.add(href);
  for (const [, href] of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)) urls.add(href);
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(src);
  for (const url of islandEntries(html)) urls.add(url);
  return [...urls].filter((u) => u.startsWith('/'));
}

/** Bytes of a page and of everything it loads, its JS modules' static imports followed. */
async function measureBytes(origin, path, html) {
  const seen = new Set();
  const queue = assetUrls(html);
  let cssGzip = 0;
  let jsGzip = 0;
  let jsBytes = 0;
  while (queue.length > 0) {
    const url = queue.shift();
    const { pathname } = new URL(url, origin);
    if (seen.has(pathname)) continue;
    seen.add(pathname);
    const body = await (await fetch(origin + url)).text();
    const gz = gzipSync(body).length;
    if (pathname.endsWith('.css')) cssGzip += gz;
    else {
      jsGzip += gz;
      jsBytes += Buffer.byteLength(body);
      queue.push(...staticImports(body, url));
    }
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, [, body]) => n + Buffer.byteLength(body),
    0,
  );
  const htmlGzip = gzipSync(html).length;
  return { htmlGzip, cssGzip, jsGzip, jsBytes: jsBytes + inlineJs, totalGzip: htmlGzip + cssGzip + jsGzip };
}

/**
 * Lighthouse scores vary from run to run on a shared machine, so each page is audited three times and the
 * median of each category is kept (Lighthouse's own advice). A run that fails outright (null scores) is repeated.
 */
async function measureLighthouse(chrome, url) {
  const runs = [];
  for (let attempt = 1; runs.length < LIGHTHOUSE_RUNS && attempt <= LIGHTHOUSE_RUNS + 2; attempt++) {
    const scores = await lighthouseOnce(chrome, url);
    if (Object.values(scores).every((s) => s !== null)) runs.push(scores);
    else console.error(`lighthouse ${url}: a category did not score, running again`);
  }
  const median = (key) => {
    const values = runs.map((r) => r[key]).sort((a, b) => a - b);
    return values.length ? values[Math.floor(values.length / 2)] : null;
  };
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    bestPractices: median('bestPractices'),
    seo: median('seo'),
  };
}

async function lighthouseOnce(chrome, url) {
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (lhr.runtimeError) console.error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings ?? []) console.error(`lighthouse ${url}: ${warning}`);
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

/** The deploy id a page's asset URLs name (`?dpl=`), or null for a build made without DEPLOY_ID. */
const deployIdOf = (html) => html.match(/[?&](?:amp;)?dpl=([^&"']+)/)?.[1] ?? null;

/** Every page type measured on the server at `origin`: `{ deployId, pages: [{ type, path, …bytes, modulePreloads, lighthouse }] }`. */
export async function measurePages({ origin, chromiumPath }) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const pages = [];
  let deployId = null;
  try {
    for (const { type, path } of PAGE_TYPES) {
      const html = await (await fetch(origin + path)).text();
      deployId ??= deployIdOf(html);
      const bytes = await measureBytes(origin, path, html);
      const scores = await measureLighthouse(chrome, origin + path);
      pages.push({ type, path, ...bytes, modulePreloads: modulePreloads(html).length, lighthouse: scores });
    }
  } finally {
    chrome.kill();
  }
  if (!deployId)
    console.error(
      "pages: dist/ was built without DEPLOY_ID (no ?dpl= in its asset URLs): these figures are not the deployed site's",
    );
  return { deployId, pages };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The pages table, as run.mjs and pages-only.mjs print it. */
export function printPages({ deployId, pages }) {
  console.log(`\nPages of the build with DEPLOY_ID ${deployId ?? '(none: not a production-like build)'}`);
  console.log(
    'page type          | HTML gz  | CSS gz   | JS gz    | total gz | JS bytes | preloads | perf | a11y | best | seo',
  );
  console.log(
    '-------------------|----------|----------|----------|----------|----------|----------|------|------|------|----',
  );
  for (const p of pages) {
    const l = p.lighthouse;
    console.log(
      `${p.type.padEnd(18)} | ${kb(p.htmlGzip).padStart(8)} | ${kb(p.cssGzip).padStart(8)} | ${kb(p.jsGzip).padStart(8)} | ${kb(p.totalGzip).padStart(8)} | ${String(p.jsBytes).padStart(8)} | ${String(p.modulePreloads).padStart(8)} | ${String(l.performance).padStart(4)} | ${String(l.accessibility).padStart(4)} | ${String(l.bestPractices).padStart(4)} | ${String(l.seo).padStart(3)}`,
    );
  }
}
