// Starts what the browser tests need: a local Gemini-protocol stub, and the site built and served by the
// preview server (warm functions, local Blobs) with the AI pointed at that stub, so no test ever reaches Google.
// The site's port is PORT (playwright.config.ts sets it from E2E_PORT); the stub's is E2E_STUB_PORT, and tests
// switch its behaviour with POST <stub>/__stub/mode. It prints "e2e server ready" (what playwright.config.ts waits for)
// only once every function and the pages with islands have answered a request, so no test pays for a cold start.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { startGeminiStub } from './gemini-stub.ts';

const port = process.env.PORT ?? '8899';
const stubPort = Number(process.env.E2E_STUB_PORT ?? 8897);

function runToEnd(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

// Built as Netlify builds it: with a deploy id, so asset URLs carry ?dpl= as in production (.ci/run sets its own).
process.env.DEPLOY_ID ??= 'e2e0000000000000000000e2';
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
  env: {
    ...process.env,
    PORT: port,
    LOCAL_BLOBS_DIR: blobsDir,
    GEMINI_API_KEY: 'e2e-stub-key',
    GEMINI_BASE_URL: stub.url,
    GEMINI_TIMEOUT_MS: '1500',
    GEMINI_TOTAL_TIMEOUT_MS: '5000',
    AI_LIMIT_FOLLOW_UPS_PER_MINUTE: '1000',
    AI_LIMIT_SUMMARIES_PER_MINUTE: '1000',
  },
});
const stop = async () => {
  server.kill('SIGTERM');
  await stub.close();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));

const base = `http://127.0.0.1:${port}`;
/** The server's first answer, tried every 100 ms until the server listens (it builds the functions first). */
async function firstAnswer(path) {
  for (;;) {
    try {
      return await fetch(`${base}${path}`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
const post = (path, body) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const unknownId = 'A'.repeat(22);
await (await firstAnswer('/')).arrayBuffer();
// One request through each function: the AI ones to the stub and back (a real follow-up, summary and update), the
// storage ones to a 404 or 400. Every answer is read to its end, so the whole path has run once.
const warmUps = await Promise.all([
  post('/api/ai/follow-up', {
    setId: 'after-the-meeting',
    promptId: 'what-stuck',
    answer: 'A warm-up answer before the tests start.',
  }),
  post('/api/ai/summary', {
    setId: 'after-the-meeting',
    answers: [{ promptId: 'what-stuck', answer: 'A warm-up answer before the tests start.' }],
  }),
  post('/api/ai/update', {
    draft:
      '## What I did since we last met\n\n- Warm-up\n\n## What happened\n\nWarm-up\n\n## What I would like your help with\n\n- Warm-up\n',
  }),
  fetch(`${base}/api/entries/${unknownId}`),
  fetch(`${base}/api/shares/${unknownId}`),
  fetch(`${base}/api/shares/${unknownId}/replies`),
  ...['/journal/', '/journal/update/', '/reflect/after-the-meeting/', '/s/', '/search/', '/sitemap-index.xml'].map(
    (path) => fetch(`${base}${path}`),
  ),
]);
const statuses = await Promise.all(warmUps.map(async (response) => (await response.arrayBuffer(), response.status)));
if (statuses.some((status) => status >= 500)) {
  console.error(`e2e server: a request failed while warming up (statuses ${statuses.join(' ')})`);
  await stop();
  process.exit(1);
}
console.log(`e2e server ready on ${base}/ (warmed: ${statuses.join(' ')})`);
