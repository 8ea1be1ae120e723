// Reads the island modules of a built site: which modules a page's islands start from, and which modules a built
// module imports statically. Shared by scripts/modulepreload.mjs (adds the preload links), scripts/check-modulepreload.mjs
// (fails the build when a page lacks them) and the bench (counts a page's JS).
//
// A module URL is kept whole, query included. Built on Netlify (DEPLOY_ID set), the adapter adds `?dpl=<deploy id>`
// to every asset URL and to every import between modules (skew protection), and the browser keys modules by their
// whole URL: a preload of /_astro/x.js does nothing for an import of /_astro/x.js?dpl=1. Only reading the file
// drops the query.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every .html file under `dir`. */
export async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

// An attribute value in the built HTML: `&` is written `&amp;` when a query has more than one parameter.
const fromAttribute = (value) => value.replaceAll('&amp;', '&');
/** A URL written into an HTML attribute. */
export const toAttribute = (url) => url.replaceAll('&', '&amp;');

/** The modules a page's islands start from (each `component-url` and `renderer-url`), each once, in page order. */
export function islandEntries(html) {
  const urls = [...html.matchAll(/(?:component|renderer)-url="(\/[^"?]+\.js(?:\?[^"]*)?)"/g)].map(([, url]) =>
    fromAttribute(url),
  );
  return [...new Set(urls)];
}

/** The `href` of each `<link rel="modulepreload">` on a page. */
export function modulePreloads(html) {
  const links = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="modulepreload"/.test(tag));
  return links.map((tag) => fromAttribute(tag.match(/\bhref="([^"]*)"/)?.[1] ?? ''));
}

/**
 * A built module's static imports (`import … from "./x.js"`, `import "./x.js?dpl=1"`), as site URLs with their
 * query. `import("./x.js")` is code loaded on demand, and stays out.
 */
export function staticImports(code, moduleUrl) {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"'?]+\.js(?:\?[^"']*)?)["']/g)].map(([, spec]) => {
    const url = new URL(spec, `http://site${moduleUrl}`);
    return url.pathname + url.search;
  });
}

/** The file in `dist` that a site URL names (its query dropped). */
export const builtFile = (dist, url) => join(dist, new URL(url, 'http://site').pathname);
