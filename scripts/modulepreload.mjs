// Adds <link rel="modulepreload"> for each island's JavaScript to the built pages' <head>, so the browser fetches
// an island's modules while it parses the page. Without them, an island's code is requested only when its inline
// loader runs (after the HTML and CSS), and each level of static imports waits for the one before: a waterfall that
// cost the journal page ~0.6 s at 4× CPU slowdown. Only static imports are preloaded; code an island loads on demand
// (`import()`) stays on demand. Run after `astro build` (and before scripts/csp.mjs, which hashes inline code only).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const DIST = 'dist';
const MARK = 'data-island-preload';

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const importsOf = new Map();

/** A built module's static imports (`import … from "./x.js"`, `import "./x.js"`), as site paths. */
async function staticImports(url) {
  if (!importsOf.has(url)) {
    const code = await readFile(join(DIST, url), 'utf8');
    const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map(([, spec]) => new URL(spec, `http://site${url}`).pathname);
    importsOf.set(url, found);
  }
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
    queue.push(...(await staticImports(url)));
  }
  return [...seen];
}

let pages = 0;
for await (const file of htmlFiles(DIST)) {
  const html = await readFile(file, 'utf8');
  if (html.includes(MARK)) continue; // already done (a second run)
  const entries = [...new Set([...html.matchAll(/(?:component|renderer)-url="(\/[^"]+\.js)"/g)].map(([, url]) => url))];
  if (entries.length === 0) continue;
  // Low priority: the stylesheets come first, so the page paints before its islands' code arrives. At the default
  // (high) priority, on a slow network these downloads shared the line with the CSS and held up the first paint
  // (Lighthouse's simulated slow 4G: first contentful paint 1.7–1.9 s on the journal page, 0.9 s at low priority).
  const links = (await moduleGraph(entries)).map((url) => `<link rel="modulepreload" href="${url}" fetchpriority="low" ${MARK}>`).join('');
  await writeFile(file, html.replace('</head>', `${links}</head>`));
  pages++;
}
console.log(`modulepreload: island modules preloaded on ${pages} pages`);
