// Journal and share latency, and encryption cost in the browser.
//   - create and read of entries and shares, p50/p95: through the warm handlers in-process against a real
//     local Blobs server (how a deployed, warm function runs), and through the preview server (@netlify/dev);
//   - AES-256-GCM encrypt and decrypt of a 20 KB entry in Chromium, using the site's own vault-crypto module.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { percentile } from './stats.mjs';

const summarise = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), count: values.length });

async function bundle(entries) {
  await mkdir('node_modules/.cache', { recursive: true });
  const dir = await mkdtemp(join('node_modules/.cache', 'lodestar-bench-'));
  await build({ entryPoints: entries, bundle: true, platform: 'node', format: 'esm', outdir: dir, packages: 'external', logLevel: 'error', outExtension: { '.js': '.mjs' } });
  return dir;
}

/** A 20 KB journal entry shaped like the real thing. */
function sampleEntry() {
  const paragraph = 'My mentor asked what I would try before our next meeting, and I said I would draft the plan early. ';
  const answers = {};
  for (let i = 0; i < 5; i++) answers[`prompt-${i}`] = { answer: paragraph.repeat(40), followUps: [] };
  return { v: 1, setId: 'after-the-meeting', setTitle: 'After the meeting', prompts: [], answers, summary: null, savedAt: new Date().toISOString() };
}

/**
 * Times create then read, `count` times each, against a fetch-like `call(path, init)`. A create is what the
 * browser sends: PUT to an id it chose, with its own owner token and If-None-Match: *.
 */
async function timeCreateRead(call, kind, count, payload) {
  const create = [];
  const read = [];
  for (let i = 0; i < count; i++) {
    const id = randomBytes(16).toString('base64url');
    const ownerToken = randomBytes(32).toString('base64url');
    const body = JSON.stringify(kind === 'shares' ? { ...payload, expiresInDays: 1 } : payload);
    let start = performance.now();
    const created = await call(`/api/${kind}/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'if-none-match': '*', authorization: `Bearer ${ownerToken}` }, body });
    if (created.status !== 201) throw new Error(`create ${kind} answered ${created.status}`);
    await created.json();
    create.push(performance.now() - start);
    start = performance.now();
    const headers = kind === 'entries' ? { authorization: `Bearer ${ownerToken}` } : {};
    const got = await call(`/api/${kind}/${id}`, { headers });
    if (got.status !== 200) throw new Error(`read ${kind} answered ${got.status}`);
    await got.json();
    read.push(performance.now() - start);
  }
  return { create: summarise(create), read: summarise(read) };
}

async function encryptedSample() {
  const dir = await bundle(['src/browser/vault-crypto.ts']);
  const { encryptJson, newKey } = await import(pathToFileURL(join(process.cwd(), dir, 'vault-crypto.mjs')).href);
  const payload = await encryptJson(await newKey(), sampleEntry());
  await rm(dir, { recursive: true, force: true });
  return payload;
}

async function warmHandlers(count, payload) {
  const dir = await bundle(['netlify/functions/entries.mts', 'netlify/functions/shares.mts', 'tests/support/blobs.ts']);
  const load = async (name) => import(pathToFileURL(join(process.cwd(), dir, name)).href);
  const [{ default: entries }, { default: shares }, { startLocalBlobs }] = await Promise.all([load('netlify/functions/entries.mjs'), load('netlify/functions/shares.mjs'), load('tests/support/blobs.mjs')]);
  const blobs = await startLocalBlobs();
  try {
    const call = (path, init) => (path.startsWith('/api/entries') ? entries : shares)(new Request(`http://localhost${path}`, init), {});
    return { entries: await timeCreateRead(call, 'entries', count, payload), shares: await timeCreateRead(call, 'shares', count, payload) };
  } finally {
    await blobs.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function viaPreview(origin, count, payload) {
  const call = (path, init) => fetch(origin + path, init);
  return { entries: await timeCreateRead(call, 'entries', count, payload), shares: await timeCreateRead(call, 'shares', count, payload) };
}

async function browserCrypto(chromiumPath, runs = 50) {
  const dir = await mkdtemp(join('node_modules/.cache', 'lodestar-bench-'));
  await build({ entryPoints: ['src/browser/vault-crypto.ts'], bundle: true, format: 'iife', globalName: 'vault', outfile: join(dir, 'vault.js'), logLevel: 'error' });
  const { readFile } = await import('node:fs/promises');
  const code = await readFile(join(dir, 'vault.js'), 'utf8');
  await rm(dir, { recursive: true, force: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    // A blank page on localhost (a secure context, so WebCrypto is there), with the module loaded.
    await page.route('http://localhost/bench', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await page.goto('http://localhost/bench');
    await page.addScriptTag({ content: code });
    return await page.evaluate(
      async ({ entry, runs }) => {
        const { newKey, encryptJson, decryptJson } = globalThis.vault;
        const key = await newKey();
        const encrypt = [];
        const decrypt = [];
        for (let i = 0; i < runs; i++) {
          let start = performance.now();
          const payload = await encryptJson(key, entry);
          encrypt.push(performance.now() - start);
          start = performance.now();
          await decryptJson(key, payload);
          decrypt.push(performance.now() - start);
        }
        const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
        const p95 = (v) => [...v].sort((a, b) => a - b)[Math.ceil(0.95 * v.length) - 1];
        return { bytes: JSON.stringify(entry).length, encryptP50: median(encrypt), encryptP95: p95(encrypt), decryptP50: median(decrypt), decryptP95: p95(decrypt), runs };
      },
      { entry: sampleEntry(), runs },
    );
  } finally {
    await browser.close();
  }
}

export async function measureVault({ warmRequests, previewRequests, startPreview, chromiumPath }) {
  const payload = await encryptedSample();
  const warm = await warmHandlers(warmRequests, payload);
  const preview = await startPreview({});
  let throughPreview;
  try {
    throughPreview = await viaPreview(preview.origin, previewRequests, payload);
  } finally {
    await preview.stop();
  }
  const crypto = await browserCrypto(chromiumPath);
  return { warmHandlers: warm, preview: throughPreview, browserCrypto: crypto, entryCiphertextBytes: payload.ciphertext.length };
}
