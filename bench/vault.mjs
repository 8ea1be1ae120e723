// Journal and share latency, and encryption cost in the browser.
//   - create and read of entries and shares, p50/p95: through the warm handlers in-process against a real
//     local Blobs server (how a deployed, warm function runs), and through the preview server (@netlify/dev);
//   - AES-256-GCM encrypt and decrypt of a 20 KB entry in Chromium, using the site's own vault-crypto module.
import { randomBytes } from 'node:crypto';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { bundleModules, withWarmVaultHandlers } from './bundle.mjs';
import { percentile } from './stats.mjs';

const summarise = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), count: values.length });

/** A 20 KB journal entry shaped like the real thing. */
function sampleEntry() {
  const paragraph =
    'My mentor asked what I would try before our next meeting, and I said I would draft the plan early. ';
  const answers = {};
  for (let i = 0; i < 5; i++) answers[`prompt-${i}`] = { answer: paragraph.repeat(40), followUps: [] };
  return {
    v: 1,
    setId: 'after-the-meeting',
    setTitle: 'After the meeting',
    prompts: [],
    answers,
    summary: null,
    savedAt: new Date().toISOString(),
  };
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
    const created = await call(`/api/${kind}/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-none-match': '*', authorization: `Bearer ${ownerToken}` },
      body,
    });
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
  const bundle = await bundleModules(['src/browser/vault-crypto.ts']);
  const { encryptJson, newKey } = await bundle.load('src/browser/vault-crypto.ts');
  const payload = await encryptJson(await newKey(), sampleEntry());
  await bundle.cleanup();
  return payload;
}

async function warmHandlers(count, payload) {
  return withWarmVaultHandlers(async (call) => ({
    entries: await timeCreateRead(call, 'entries', count, payload),
    shares: await timeCreateRead(call, 'shares', count, payload),
  }));
}

async function viaPreview(origin, count, payload) {
  const call = (path, init) => fetch(origin + path, init);
  return {
    entries: await timeCreateRead(call, 'entries', count, payload),
    shares: await timeCreateRead(call, 'shares', count, payload),
  };
}

async function browserCrypto(chromiumPath, runs = 50) {
  // In memory: the page gets the module as one script, nothing is written to disk.
  const { outputFiles } = await build({
    entryPoints: ['src/browser/vault-crypto.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'vault',
    write: false,
    logLevel: 'error',
  });
  const code = outputFiles[0].text;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    // A blank page on localhost (a secure context, so WebCrypto is there), with the module loaded.
    await page.route('http://localhost/bench', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
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
        return {
          bytes: JSON.stringify(entry).length,
          encryptP50: median(encrypt),
          encryptP95: p95(encrypt),
          decryptP50: median(decrypt),
          decryptP95: p95(decrypt),
          runs,
        };
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
  return {
    warmHandlers: warm,
    preview: throughPreview,
    browserCrypto: crypto,
    entryCiphertextBytes: payload.ciphertext.length,
  };
}
