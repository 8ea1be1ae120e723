// Fails the build when a built page with islands lacks a module-preload link for one of its island modules: each
// island's entry module, and every module a preloaded module imports statically, must have a
// <link rel="modulepreload"> whose href is that module's URL exactly, query included (a production build adds
// `?dpl=<deploy id>`, and a link without it preloads a module nobody imports). Run after scripts/modulepreload.mjs:
//   node scripts/check-modulepreload.mjs [dist]     exits 1 listing each page and the modules it does not preload
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { builtFile, htmlFiles, islandEntries, modulePreloads, staticImports } from './island-modules.mjs';

const DIST = process.argv[2] ?? 'dist';
const problems = [];
let pages = 0;
let links = 0;

for await (const file of htmlFiles(DIST)) {
  const html = await readFile(file, 'utf8');
  const entries = islandEntries(html);
  if (entries.length === 0) continue;
  pages += 1;
  const page = relative(DIST, file);
  const preloaded = new Set(modulePreloads(html));
  links += preloaded.size;
  for (const url of entries)
    if (!preloaded.has(url)) problems.push(`  ${page}: island module ${url} has no modulepreload link`);
  for (const url of preloaded) {
    const path = builtFile(DIST, url);
    if (!existsSync(path)) {
      problems.push(`  ${page}: modulepreload ${url} names no file in ${DIST}/`);
      continue;
    }
    for (const imported of staticImports(await readFile(path, 'utf8'), url)) {
      if (!preloaded.has(imported))
        problems.push(`  ${page}: ${imported} (imported by ${url}) has no modulepreload link`);
    }
  }
}

if (problems.length > 0) {
  console.error(
    `modulepreload check: ${problems.length} island ${problems.length === 1 ? 'module is' : 'modules are'} not preloaded as the page loads ${problems.length === 1 ? 'it' : 'them'}:\n${problems.join('\n')}\nscripts/modulepreload.mjs should have added these links; see what it no longer recognises in the built pages.`,
  );
  process.exit(1);
}
console.log(`modulepreload check: all ${pages} pages with islands preload their island modules (${links} links)`);
