// Runs the guide evaluation: bundles eval/guide-eval.ts (TypeScript, JSON imports) with esbuild into a cache
// folder inside the project, so bare imports resolve from node_modules, then runs it. `npm run eval:guide`.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

await mkdir('node_modules/.cache', { recursive: true });
const dir = await mkdtemp(join('node_modules/.cache', 'lodestar-eval-'));
try {
  const outfile = join(dir, 'guide-eval.mjs');
  // The results file is written next to the source, not next to the bundle.
  await build({
    entryPoints: ['eval/guide-eval.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    packages: 'external',
    logLevel: 'error',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(process.cwd(), 'eval/guide-eval.ts')).href) },
  });
  await import(pathToFileURL(join(process.cwd(), outfile)).href);
} finally {
  await rm(dir, { recursive: true, force: true });
}
