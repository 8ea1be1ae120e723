// The real code, bundled once (as a deploy bundles a function) so a bench can call it in-process: the bundle is
// written inside node_modules/.cache, so its bare imports still resolve from node_modules.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles `entries` (paths from the project root); `load(entry)` imports one of them, `cleanup()` removes them. */
export async function bundleModules(entries) {
  await mkdir('node_modules/.cache', { recursive: true });
  const dir = await mkdtemp(join('node_modules/.cache', 'lodestar-bench-'));
  await build({
    entryPoints: entries,
    outbase: '.',
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: dir,
    packages: 'external',
    logLevel: 'error',
    outExtension: { '.js': '.mjs' },
  });
  return {
    load: (entry) => import(pathToFileURL(join(process.cwd(), dir, entry.replace(/\.m?ts$/, '.mjs'))).href),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Runs `work(call)` against the real entries and shares handlers and a real local Blobs server, where
 * `call(path, init)` answers a request for /api/entries… or /api/shares… as a warm deployed function would.
 */
export async function withWarmVaultHandlers(work) {
  const entryPoints = ['netlify/functions/entries.mts', 'netlify/functions/shares.mts', 'tests/support/blobs.ts'];
  const bundle = await bundleModules(entryPoints);
  const [{ default: entries }, { default: shares }, { startLocalBlobs }] = await Promise.all(
    entryPoints.map(bundle.load),
  );
  const blobs = await startLocalBlobs();
  try {
    return await work((path, init) =>
      (path.startsWith('/api/entries') ? entries : shares)(new Request(`http://localhost${path}`, init), {}),
    );
  } finally {
    await blobs.stop();
    await bundle.cleanup();
  }
}
