// Starts what the browser tests need: a local Gemini-protocol stub, and the site built and served by the
// preview server (warm functions, local Blobs) with the AI pointed at that stub, so no test ever reaches Google.
// The site's port is PORT (playwright.config.ts sets it from E2E_PORT); the stub's is E2E_STUB_PORT, and tests
// switch its behaviour with POST <stub>/__stub/mode.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { startGeminiStub } from './gemini-stub.ts';

const port = process.env.PORT ?? '8899';
const stubPort = Number(process.env.E2E_STUB_PORT ?? 8897);

function runToEnd(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

if (!process.env.E2E_SKIP_BUILD) await runToEnd('npm', ['run', 'build']);
const stub = await startGeminiStub(stubPort);
// A Blobs store of the browser tests' own, emptied at each start: no run sees what an earlier one (or the dev
// server) saved. Emptied here rather than on exit, because Playwright may kill this process outright.
const blobsDir = '.netlify/blobs-e2e';
await rm(blobsDir, { recursive: true, force: true });
stub.setDelays({ chunkMs: 40 });
// Every browser test calls the AI from 127.0.0.1, in parallel: the per-address limits stay on (so each request runs
// the counting code, with the address the local server gives) but at 1000 a minute, which the suite never nears.
// The limit's own behaviour is tested in tests/api/ai-rate-limit.test.ts; the runner's 429 in reflect-429.spec.ts.
const server = spawn(process.execPath, ['scripts/preview-server.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, LOCAL_BLOBS_DIR: blobsDir, GEMINI_API_KEY: 'e2e-stub-key', GEMINI_BASE_URL: stub.url, GEMINI_TIMEOUT_MS: '1500', GEMINI_TOTAL_TIMEOUT_MS: '5000', AI_LIMIT_FOLLOW_UPS_PER_MINUTE: '1000', AI_LIMIT_SUMMARIES_PER_MINUTE: '1000' },
});
const stop = async () => {
  server.kill('SIGTERM');
  await stub.close();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));
