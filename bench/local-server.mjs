// Entries and shares through the local server (the preview server: functions built once and kept warm, local
// Blobs), beside the same handlers called in-process (how a warm deployed function runs): create and read p50/p95
// over N requests each, one after another, and N concurrent creates (how many answered 2xx).
// The API is the client-chosen-id one: PUT /api/<entries|shares>/<22-char id> with If-None-Match: * and the owner's
// bearer token creates (201); GET reads (200; entries with the bearer token).
// `npm run bench` runs it among the rest; `npm run bench:local-server` runs it alone on the existing dist/.
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { withWarmVaultHandlers } from './bundle.mjs';
import { startPreview } from './preview.mjs';
import { percentile } from './stats.mjs';

const KINDS = ['entries', 'shares'];
// A 20 KB encrypted entry: the ciphertext is random bytes in base64url, which the server stores without reading.
const CIPHERTEXT_BYTES = 20 * 1024;

const b64url = (bytes) => randomBytes(bytes).toString('base64url');
const summarise = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), count: values.length });

/** A fresh id (128 bits: 22 characters), owner token (256 bits: 43 characters) and request body. */
function newItem(kind) {
  const body = {
    v: 2,
    iv: b64url(12),
    ciphertext: b64url(CIPHERTEXT_BYTES),
    ...(kind === 'shares' ? { expiresInDays: 7 } : {}),
  };
  return { id: b64url(16), token: b64url(32), body: JSON.stringify(body) };
}

/** Creates one item; resolves to its HTTP status, after reading the whole answer. */
async function create(call, kind, item) {
  const response = await call(`/api/${kind}/${item.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'if-none-match': '*', authorization: `Bearer ${item.token}` },
    body: item.body,
  });
  const text = await response.text();
  return { status: response.status, text };
}

async function read(call, kind, item) {
  const response = await call(`/api/${kind}/${item.id}`, {
    headers: kind === 'entries' ? { authorization: `Bearer ${item.token}` } : {},
  });
  const text = await response.text();
  return { status: response.status, text };
}

/** `count` creates and reads one after another; throws with the answer if one is not 201 / 200. */
async function oneAfterAnother(call, kind, count) {
  const creates = [];
  const reads = [];
  for (let i = 0; i < count; i++) {
    const item = newItem(kind);
    let start = performance.now();
    const created = await create(call, kind, item);
    creates.push(performance.now() - start);
    if (created.status !== 201)
      throw new Error(`PUT /api/${kind}/<id> answered ${created.status}: ${created.text.slice(0, 200)}`);
    start = performance.now();
    const got = await read(call, kind, item);
    reads.push(performance.now() - start);
    if (got.status !== 200) throw new Error(`GET /api/${kind}/<id> answered ${got.status}: ${got.text.slice(0, 200)}`);
  }
  return { create: summarise(creates), read: summarise(reads) };
}

/** `count` creates at once: how many answered 2xx, what the others answered, and how long the burst took. */
async function allAtOnce(call, kind, count) {
  const start = performance.now();
  const results = await Promise.all(
    Array.from({ length: count }, () =>
      create(call, kind, newItem(kind)).catch((error) => ({ status: 0, text: String(error) })),
    ),
  );
  const statuses = {};
  for (const { status } of results) statuses[status] = (statuses[status] ?? 0) + 1;
  return {
    count,
    ok: results.filter(({ status }) => status >= 200 && status < 300).length,
    statuses,
    ms: performance.now() - start,
  };
}

async function measure(call, requests, concurrent) {
  const result = {};
  for (const kind of KINDS) {
    try {
      result[kind] = {
        ...(await oneAfterAnother(call, kind, requests)),
        concurrent: await allAtOnce(call, kind, concurrent),
      };
    } catch (error) {
      // Reported, not thrown: the other measurements still run (e.g. before the server speaks this API).
      result[kind] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return result;
}

/** The real handlers, bundled once (as a deploy does) and called in-process against a real local Blobs server. */
async function warmHandlers(requests, concurrent) {
  return withWarmVaultHandlers((call) => measure(call, requests, concurrent));
}

/**
 * Runs both. `startPreview(env)` starts the preview server and resolves to { origin, stop }.
 * @returns {Promise<{ requests: number, concurrent: number, warmHandlers: object, localServer: object }>}
 */
export async function measureLocalServer({ requests, concurrent, startPreview }) {
  const warm = await warmHandlers(requests, concurrent);
  const server = await startPreview({});
  try {
    const call = (path, init) => fetch(server.origin + path, init);
    return { requests, concurrent, warmHandlers: warm, localServer: await measure(call, requests, concurrent) };
  } finally {
    await server.stop();
  }
}

/** The budgets for the local server: warm (create and read p50 ≤ `p50Ms`) and every concurrent create 2xx. */
export function localServerChecks(local, p50Ms) {
  return ['entries', 'shares'].flatMap((kind) => {
    const m = local.localServer[kind];
    return [
      {
        budget: `local server, ${kind}: create and read p50 ≤ ${p50Ms} ms`,
        ok: !m.error && m.create.p50 <= p50Ms && m.read.p50 <= p50Ms,
      },
      {
        budget: `local server, ${kind}: ${local.concurrent} concurrent creates all 2xx`,
        ok: !m.error && m.concurrent.ok === local.concurrent,
      },
    ];
  });
}

/** Prints the table `npm run bench` shows for the local server. */
export function printLocalServer(local) {
  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(
    `\nEntries and shares, PUT/GET (ms)           | create p50 | create p95 | read p50 | read p95 | ${local.concurrent} at once: 2xx | burst`,
  );
  console.log(
    '-------------------------------------------|------------|------------|----------|----------|----------------|--------',
  );
  for (const [label, r] of [
    ['warm handlers', local.warmHandlers],
    ['local server', local.localServer],
  ]) {
    for (const kind of ['entries', 'shares']) {
      const m = r[kind];
      const name = `${kind}, ${label}`.padEnd(43);
      if (m.error) console.log(`${name}| ${m.error}`);
      else
        console.log(
          `${name}| ${ms(m.create.p50).padStart(10)} | ${ms(m.create.p95).padStart(10)} | ${ms(m.read.p50).padStart(8)} | ${ms(m.read.p95).padStart(8)} | ${`${m.concurrent.ok}/${m.concurrent.count}`.padStart(14)} | ${ms(m.concurrent.ms).padStart(6)}`,
        );
    }
  }
}

/** The preview server on BENCH_PORT (default 8898), for `npm run bench:local-server`. */
const startLocalPreview = (env) => startPreview(process.env.BENCH_PORT ?? '8898', env);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const local = await measureLocalServer({
    requests: Number(process.env.BENCH_LOCAL_REQUESTS ?? 500),
    concurrent: Number(process.env.BENCH_LOCAL_CONCURRENT ?? 100),
    startPreview: startLocalPreview,
  });
  printLocalServer(local);
  for (const check of localServerChecks(local, 50)) console.log(`  ${check.ok ? 'PASS' : 'MISS'}  ${check.budget}`);
}
