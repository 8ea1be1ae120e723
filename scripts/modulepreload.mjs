// Adds <link rel="modulepreload"> for each island's JavaScript to the built pages' <head>, so the browser fetches
// an island's modules while it parses the page. Without them, an island's code is requested only when its inline
// loader runs (after the HTML and CSS), and each level of static imports waits for the one before: a waterfall that
// cost the journal page ~0.6 s at 4× CPU slowdown. Only static imports are preloaded; code an island loads on demand
// (`import()`) stays on demand. Each link names a module exactly as the page or its importer does, `?dpl=` included
// (scripts/island-modules.mjs says why). Run after `astro build` (and before scripts/csp.mjs, which hashes inline
// code only):   node scripts/modulepreload.mjs [dist]
import { readFile, writeFile } from 'node:fs/promises';
import { builtFile, htmlFiles, islandEntries, staticImports, toAttribute } from './island-modules.mjs';

const DIST = process.argv[2] ?? 'dist';
const MARK = 'data-island-preload';

const importsOf = new Map();

/** A built module's static imports, read once. */
async function importsOfModule(url) {
  if (!importsOf.has(url)) importsOf.set(url, staticImports(await readFile(builtFile(DIST, url), 'utf8'), url));
  return importsOf.get(url);
}

/** The island entry points and everything they import statically, each once, entries first. */
async function moduleGraph(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    queue.push(...(await importsOfModule(url)));
  }
  return [...seen];
}

let pages = 0;
for await (const file of htmlFiles(DIST)) {
  const html = await readFile(file, 'utf8');
  if (html.includes(MARK)) continue; // already done (a second run)
  const entries = islandEntries(html);
  if (entries.length === 0) continue;
  // Low priority: the stylesheets come first, so the page paints before its islands' code arrives. At the default
  // (high) priority, on a slow network these downloads shared the line with the CSS and held up the first paint
  // (Lighthouse's simulated slow 4G: first contentful paint 1.7–1.9 s on the journal page, 0.9 s at low priority).
  const links = (await moduleGraph(entries))
    .map((url) => `<link rel="modulepreload" href="${toAttribute(url)}" fetchpriority="low" ${MARK}>`)
    .join('');
  await writeFile(file, html.replace('</head>', `${links}</head>`));
  pages++;
}
console.log(`modulepreload: island modules preloaded on ${pages} pages`);
