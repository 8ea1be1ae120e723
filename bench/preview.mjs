// Starts the preview server (scripts/preview-server.mjs) for a bench, on a fresh Blobs store each time: figures must
// not depend on what earlier runs left behind (listing a share's replies walks the local store, so thousands of old
// records slowed share reads tenfold).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Resolves to { origin, stop } once the server listens on `port`; `stop()` ends it and removes its store. */
export async function startPreview(port, extraEnv = {}) {
  const blobsDir = await mkdtemp(join(tmpdir(), 'lodestar-bench-blobs-'));
  const server = spawn(process.execPath, ['scripts/preview-server.mjs'], {
    env: { ...process.env, ...extraEnv, LOCAL_BLOBS_DIR: blobsDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('Preview server') && resolve());
    server.on('exit', (code) => reject(new Error(`preview server exited with ${code}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      server.once('exit', resolve);
      server.kill('SIGTERM');
    }).then(() => rm(blobsDir, { recursive: true, force: true }));
  return { origin: `http://127.0.0.1:${port}`, stop };
}
