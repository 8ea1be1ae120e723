// Fails the build when a built page links to a page or an anchor on this site that does not exist.
// Run after `astro build` (npm run build does):
//   node scripts/check-links.mjs [dist]     exits 1 listing each page, link and what is missing
// Checks every <a href> that stays on this site: the target file must be in dist/, and a #fragment must
// match an id on the target page. /api/ routes are served by functions, not files, so they are skipped.
import { existsSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const DIST = process.argv[2] ?? 'dist';
const HREF = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The URL path a built file is served at: dist/guides/x/index.html → /guides/x/. */
function servedPath(file) {
  const path = `/${relative(DIST, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file in dist/ that answers a path, or undefined. */
function fileFor(path) {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/')
    ? [`${decoded}index.html`]
    : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.map((c) => join(DIST, c)).find((c) => existsSync(c) && statSync(c).isFile());
}

const ids = new Map();
async function idsOf(file) {
  if (!ids.has(file)) {
    const html = await readFile(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(ID)].map((m) => m[1] ?? m[2])));
  }
  return ids.get(file);
}

const broken = [];
let checked = 0;
for await (const file of htmlFiles(DIST)) {
  const html = await readFile(file, 'utf8');
  const base = new URL(servedPath(file), 'http://site.invalid');
  for (const match of html.matchAll(HREF)) {
    const href = (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&');
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // another site, mailto:, tel:
    const url = new URL(href, base);
    if (url.pathname.startsWith('/api/')) continue;
    checked += 1;
    const target = fileFor(url.pathname);
    const page = servedPath(file);
    if (!target) {
      broken.push(`  ${page}: ${href} (no page at ${url.pathname})`);
    } else if (url.hash.length > 1 && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!(await idsOf(target)).has(id))
        broken.push(`  ${page}: ${href} (no element with id "${id}" on ${url.pathname})`);
    }
  }
}

if (broken.length > 0) {
  console.error(
    `links: ${broken.length} internal ${broken.length === 1 ? 'link points' : 'links point'} nowhere:\n${broken.join('\n')}\nFix the link, or the page or heading it should reach.`,
  );
  process.exit(1);
}
console.log(`links: all ${checked} internal links in ${DIST}/ reach a page (and an anchor, where they name one)`);
