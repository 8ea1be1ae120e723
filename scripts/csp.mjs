// Keeps the Content-Security-Policy in netlify.toml in step with the built pages.
// Every inline <script> or <style> in dist/ must have its sha256 hash in script-src / style-src,
// or the browser blocks it. Run after `astro build`:
//   node scripts/csp.mjs          check: exits 1 naming each page and missing hash
//   node scripts/csp.mjs --write  rewrite the hashes in netlify.toml
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const DIST = 'dist';
const TOML = 'netlify.toml';
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Map of directive → (hash → first page that needs it). */
async function collectHashes() {
  const needed = { 'script-src': new Map(), 'style-src': new Map() };
  for await (const file of htmlFiles(DIST)) {
    const html = await readFile(file, 'utf8');
    for (const [, tag, attributes, body] of html.matchAll(INLINE)) {
      const isExternalScript = tag.toLowerCase() === 'script' && /\bsrc\s*=/.test(attributes);
      const isData = /type\s*=\s*["']?application\/(ld\+)?json/.test(attributes);
      if (isExternalScript || isData || body.length === 0) continue;
      const directive = tag.toLowerCase() === 'script' ? 'script-src' : 'style-src';
      const hash = sha256(body);
      if (!needed[directive].has(hash)) needed[directive].set(hash, relative(DIST, file));
    }
  }
  return needed;
}

const toml = await readFile(TOML, 'utf8');
// Every Content-Security-Policy line (the site's, and the search page's with 'wasm-unsafe-eval') needs the hashes.
const cspLines = [...toml.matchAll(/^(\s*Content-Security-Policy\s*=\s*")([^"]*)(")/gm)];
if (cspLines.length === 0) throw new Error(`${TOML} has no Content-Security-Policy header`);
const needed = await collectHashes();

if (process.argv.includes('--write')) {
  let written = toml;
  for (const cspLine of cspLines) {
    const updated = cspLine[2]
      .split(';')
      .map((part) => {
        const [name, ...sources] = part.trim().split(/\s+/);
        if (!(name in needed)) return part.trim();
        const kept = sources.filter((s) => !s.startsWith("'sha256-"));
        return [name, ...kept, ...[...needed[name].keys()].sort()].join(' ');
      })
      .join('; ');
    written = written.replace(cspLine[0], `${cspLine[1]}${updated}${cspLine[3]}`);
  }
  await writeFile(TOML, written);
  console.log(
    `csp: ${TOML} updated (${needed['script-src'].size} script and ${needed['style-src'].size} style hashes, ${cspLines.length} policies)`,
  );
} else {
  const missing = [];
  for (const [, , policy] of cspLines) {
    for (const [directive, hashes] of Object.entries(needed)) {
      const allowed = policy.match(new RegExp(`${directive}([^;]*)`))?.[1] ?? '';
      for (const [hash, page] of hashes) {
        if (!allowed.includes(hash)) missing.push(`  ${page}: inline ${directive} ${hash}`);
      }
    }
  }
  if (missing.length > 0) {
    console.error(
      `csp: these inline blocks are not allowed by a Content-Security-Policy in ${TOML}:\n${[...new Set(missing)].join('\n')}\nRun \`node scripts/csp.mjs --write\` to add their hashes, after checking they are expected.`,
    );
    process.exit(1);
  }
  console.log(
    `csp: every inline script and style in dist/ is allowed by the ${cspLines.length} policies in netlify.toml`,
  );
}
