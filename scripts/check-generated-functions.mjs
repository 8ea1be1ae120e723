// Fails the build when it generated a function for Netlify to deploy. Frameworks and adapters hand Netlify
// functions in `.netlify/v1/functions` and `.netlify/v1/edge-functions` (Netlify's Frameworks API); the site's own
// functions live in netlify/functions. The local server (`npm run preview`, the browser tests, the bench) runs only
// the site's own, so a generated one would answer requests in production that were never tested here: the Astro
// adapter's `ssr` catch-all did, for every unknown URL, without the netlify.toml headers. The adapter is kept from
// writing it (scripts/prerendered-only.mjs); this notices if an upgrade or a new integration writes one anyway.
//   node scripts/check-generated-functions.mjs [project root]     exits 1 naming each generated function
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { listFunctions } from '@netlify/zip-it-and-ship-it';

const ROOT = process.argv[2] ?? '.';
const FUNCTIONS = join(ROOT, '.netlify/v1/functions');
const EDGE_FUNCTIONS = join(ROOT, '.netlify/v1/edge-functions');

/** Every file under `dir` (none when it does not exist). */
async function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

// Netlify's own bundler finds the functions in the folder, as a deploy does (an emptied folder holds none).
const functions = existsSync(FUNCTIONS) ? await listFunctions([FUNCTIONS], { parseISC: true }) : [];
const found = [
  ...functions.map(
    (fn) =>
      `  function "${fn.name}" (${relative(ROOT, fn.mainFile)})${fn.routes?.length ? ` on ${fn.routes.map((route) => route.pattern).join(', ')}` : ''}`,
  ),
  ...(await filesUnder(EDGE_FUNCTIONS)).map((file) => `  edge function file ${relative(ROOT, file)}`),
];
if (found.length > 0) {
  console.error(
    `generated functions: the build wrote what Netlify would deploy beside netlify/functions, and the local server never runs:\n${found.join('\n')}\nIf the site now needs it, run it in the local server and give its answers the security headers (README, "Deploying to Netlify").`,
  );
  process.exit(1);
}
console.log('generated functions: none; Netlify deploys only netlify/functions, as the local server runs');
