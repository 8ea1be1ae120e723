// AI proxy overhead: time to the first streamed byte through /api/ai/follow-up minus the same straight from the
// Gemini stub, and a check that the stream is not buffered (the first byte reaches the client before the stub
// has sent its last chunk). Measured two ways:
//   - "preview": through the preview server (@netlify/dev), as the issue asks;
//   - "warm handler": the same handler, bundled once and called in-process, as a warm deployed function runs.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { percentile } from './stats.mjs';
import { startGeminiStub } from '../tests/support/gemini-stub.ts';

const BODY = JSON.stringify({ setId: 'after-the-meeting', promptId: 'what-stuck', answer: 'My mentor said the draft was not ready, and I felt stuck for the rest of the week.' });


/** Milliseconds from sending to the first body byte, and when (performance.now) the first and last bytes came. */
async function timeFirstByte(fetcher) {
  const start = performance.now();
  const response = await fetcher();
  const reader = response.body.getReader();
  const first = await reader.read();
  const firstAt = performance.now();
  if (first.done) throw new Error('empty body');
  for (;;) if ((await reader.read()).done) break;
  return { ttfb: firstAt - start, firstAt, source: response.headers.get('x-guide-source') };
}

const stubRequest = (stub) => () =>
  fetch(`${stub.url}/v1beta/models/gemini-flash-latest:streamGenerateContent?alt=sse`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': 'bench' },
    body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hello' }] }] }),
  });

async function series(count, fetcher, stub) {
  const ttfbs = [];
  let unbuffered = 0;
  for (let i = 0; i < count; i++) {
    const before = stub.lastChunkSentAt;
    const { ttfb, firstAt, source } = await timeFirstByte(fetcher);
    if (source && source !== 'gemini') throw new Error(`the function answered from ${source}, not the stub`);
    ttfbs.push(ttfb);
    if (stub.lastChunkSentAt !== before && firstAt < stub.lastChunkSentAt) unbuffered++;
  }
  return { p50: percentile(ttfbs, 50), p95: percentile(ttfbs, 95), unbuffered, count };
}

/** Bundles the real handler once (as Netlify does at deploy) so it can be called in-process. */
async function loadHandler() {
  // Inside the project, so the bundle's bare imports resolve from node_modules.
  await mkdir('node_modules/.cache', { recursive: true });
  const dir = await mkdtemp(join('node_modules/.cache', 'lodestar-bench-'));
  const outfile = join(dir, 'ai-follow-up.mjs');
  await build({ entryPoints: ['netlify/functions/ai-follow-up.mts'], bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external', logLevel: 'error' });
  const module = await import(pathToFileURL(join(process.cwd(), outfile)).href);
  return { handler: module.default, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Runs both measurements. `startPreview(env)` must start the preview server with the given extra environment
 * and resolve to { origin, stop }.
 */
export async function measureAiProxy({ requests, startPreview }) {
  const stub = await startGeminiStub();
  // Four chunks 100 ms apart: a buffering proxy could only deliver its first byte after the last one,
  // 300 ms after the first; a streaming one delivers it long before.
  stub.setDelays({ chunkMs: 100 });
  const env = { GEMINI_API_KEY: 'bench-key', GEMINI_BASE_URL: stub.url, GEMINI_TIMEOUT_MS: '10000' };
  const results = {};
  try {
    const direct = await series(requests, stubRequest(stub), stub);

    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    const { handler, cleanup } = await loadHandler();
    const warm = await series(requests, () => handler(new Request('http://localhost/api/ai/follow-up', { method: 'POST', body: BODY }), {}), stub);
    await cleanup();
    for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v);

    const preview = await startPreview(env);
    let viaPreview;
    try {
      viaPreview = await series(requests, () => fetch(`${preview.origin}/api/ai/follow-up`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY }), stub);
    } finally {
      await preview.stop();
    }
    results.direct = direct;
    results.warmHandler = { ...warm, overheadP50: warm.p50 - direct.p50, overheadP95: warm.p95 - direct.p95 };
    results.preview = { ...viaPreview, overheadP50: viaPreview.p50 - direct.p50, overheadP95: viaPreview.p95 - direct.p95 };
  } finally {
    await stub.close();
  }
  return results;
}
