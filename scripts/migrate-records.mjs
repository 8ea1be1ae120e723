// Rewrites the stored records of format 1 (entries, shares, replies) in the current format, once, and says how many
// it rewrote (netlify/lib/migration/). Safe to run twice and while the site is live. See the README, "Migrating
// stored records".
//   npm run migrate:records -- --site <site id>    Netlify's store; NETLIFY_AUTH_TOKEN holds a personal access token
//   npm run migrate:records -- --local [folder]    the local store (default .netlify/blobs-serve), server stopped
//   add --dry-run to count without writing
// Exit status: 0 done; 1 wrong usage or an error; 2 some records changed meanwhile or could not be written: run again.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setEnvironmentContext } from '@netlify/blobs';
import { build } from 'esbuild';
import { startBlobs } from './local-server/blobs.mjs';

const USAGE =
  'Usage: npm run migrate:records -- (--site <site id> | --local [folder]) [--dry-run]\n' +
  'With --site, set NETLIFY_AUTH_TOKEN to a Netlify personal access token.';

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

let args;
try {
  const { values, positionals } = parseArgs({
    options: { site: { type: 'string' }, local: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`Unexpected arguments: ${positionals.join(' ')}.`);
  args = { ...values, folder: positionals[0] };
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (Boolean(args.site) === Boolean(args.local)) fail('Say which store to migrate: --site <site id> or --local.');
if (args.site && args.folder) fail(`Unexpected argument: ${args.folder}.`);

const projectRoot = process.cwd();
let stopLocal = async () => {};
if (args.site) {
  const token = process.env.NETLIFY_AUTH_TOKEN;
  if (!token) fail('NETLIFY_AUTH_TOKEN is not set.');
  // No edge URL: @netlify/blobs goes through Netlify's API with the token, as a script outside Netlify must.
  setEnvironmentContext({ siteID: args.site, token });
} else {
  const local = await startBlobs(projectRoot, args.folder ? resolve(projectRoot, args.folder) : undefined);
  setEnvironmentContext(local.context);
  stopLocal = local.stop;
}

// The migration is TypeScript like the functions: bundled once here (inside node_modules, so its imports resolve).
await mkdir(join(projectRoot, 'node_modules', '.cache'), { recursive: true });
const bundleDir = await mkdtemp(join(projectRoot, 'node_modules', '.cache', 'lodestar-migrate-'));
try {
  const entry = 'netlify/lib/migration/migrate-records.ts';
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(bundleDir, 'migrate.mjs'),
    packages: 'external',
    logLevel: 'error',
  });
  const { migrateRecords, needsRerun } = await import(pathToFileURL(join(bundleDir, 'migrate.mjs')).href);
  const dryRun = args['dry-run'] === true;
  console.log(
    `Migrating records to the current format${dryRun ? ' (dry run: nothing is written)' : ''} in ${args.site ? `site ${args.site}` : 'the local store'}.`,
  );
  const report = await migrateRecords({
    dryRun,
    onProgress: (name, s) =>
      console.log(
        `${name}: ${s.scanned} scanned, ${s.rewritten} ${dryRun ? 'to rewrite' : 'rewritten'}, ${s.current} already current, ${s.changed} changed meanwhile, ${s.unknown} in no known format, ${s.failed} failed`,
      ),
  });
  const rewritten = Object.values(report).reduce((sum, s) => sum + s.rewritten, 0);
  console.log(`${dryRun ? 'Would rewrite' : 'Rewrote'} ${rewritten} record(s).`);
  console.log(JSON.stringify(report));
  if (needsRerun(report)) {
    console.log(
      'Some records changed while they were being migrated, or could not be written. Run the migration again.',
    );
    process.exitCode = 2;
  }
} catch (error) {
  console.error('The migration stopped:', error);
  process.exitCode = 1;
} finally {
  await rm(bundleDir, { recursive: true, force: true });
  await stopLocal();
}
