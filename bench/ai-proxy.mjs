// AI proxy overhead: time to the whole reply through /api/ai/follow-up minus the same straight from the Gemini
// stub. The proxy reads the model's whole reply before it answers (only the whole reply shows whether it holds the
// crisis marker or was cut off), so the time to the last byte is what a person waits for. Measured two ways:
//   - "preview": through the local preview server;
//   - "warm handler": the same handler, bundled once and called in-process, as a warm deployed function runs.
import { bundleModules } from './bundle.mjs';
import { percentile } from './stats.mjs';
import { startGeminiStub } from '../tests/support/gemini-stub.ts';

const BODY = JSON.stringify({
  setId: 'after-the-meeting',
  promptId: 'what-stuck',
  answer: 'My mentor said the draft was not ready, and I felt stuck for the rest of the week.',
});

/** Milliseconds from sending to the last body byte, and who answered (x-guide-source). */
async function timeWholeReply(fetcher) {
  const start = performance.now();
  const response = await fetcher();
  if (!response.ok) throw new Error(`the request failed with ${response.status}: ${await response.text()}`);
  const body = await response.text();
  if (!body) throw new Error('empty body');
  return { ms: performance.now() - start, source: response.headers.get('x-guide-source') };
}

const stubRequest = (stub) => () =>
  fetch(`${stub.url}/v1beta/models/gemini-flash-latest:streamGenerateContent?alt=sse`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': 'bench' },
    body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hello' }] }] }),
  });

/** `viaProxy`: the answer must come from Gemini (the stub), not the built-in fallback or an error. */
async function series(count, fetcher, viaProxy) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const { ms, source } = await timeWholeReply(fetcher);
    if (viaProxy && source !== 'gemini') throw new Error(`the function answered from ${source}, not the stub`);
    times.push(ms);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), count };
}

/** Bundles the real handler once (as Netlify does at deploy) so it can be called in-process. */
async function loadHandler() {
  const bundle = await bundleModules(['netlify/functions/ai-follow-up.mts']);
  const module = await bundle.load('netlify/functions/ai-follow-up.mts');
  return { handler: module.default, cleanup: bundle.cleanup };
}

/**
 * Runs both measurements. `startPreview(env)` must start the preview server with the given extra environment
 * and resolve to { origin, stop }.
 */
export async function measureAiProxy({ requests, startPreview }) {
  const stub = await startGeminiStub();
  stub.setDelays({ chunkMs: 20 });
  // The per-address limits off: every request here comes from one address, and the benchmark sends hundreds.
  const env = {
    GEMINI_API_KEY: 'bench-key',
    GEMINI_BASE_URL: stub.url,
    GEMINI_TIMEOUT_MS: '10000',
    AI_LIMIT_FOLLOW_UPS_PER_MINUTE: '0',
    AI_LIMIT_SUMMARIES_PER_MINUTE: '0',
  };
  const results = {};
  try {
    const direct = await series(requests, stubRequest(stub), false);

    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    const { handler, cleanup } = await loadHandler();
    const warm = await series(
      requests,
      () =>
        handler(
          new Request('http://localhost/api/ai/follow-up', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: BODY,
          }),
          {},
        ),
      true,
    );
    await cleanup();
    for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v);

    const preview = await startPreview(env);
    let viaPreview;
    try {
      viaPreview = await series(
        requests,
        () =>
          fetch(`${preview.origin}/api/ai/follow-up`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: BODY,
          }),
        true,
      );
    } finally {
      await preview.stop();
    }
    results.direct = direct;
    results.warmHandler = { ...warm, overheadP50: warm.p50 - direct.p50, overheadP95: warm.p95 - direct.p95 };
    results.preview = {
      ...viaPreview,
      overheadP50: viaPreview.p50 - direct.p50,
      overheadP95: viaPreview.p95 - direct.p95,
    };
  } finally {
    await stub.close();
  }
  return results;
}
