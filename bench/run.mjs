// `npm run bench`: builds the site as Netlify does (with a DEPLOY_ID), serves it with the preview server, and
// measures each page type: bytes over the wire (HTML + CSS + JS, gzipped) and JS bytes, plus Lighthouse (mobile)
// scores in the local Chromium (pages.mjs), then the rest below. Prints tables and writes bench/results.json.
// Budgets are checked and reported, not asserted in tests. Set BENCH_SKIP_BUILD=1 to reuse an existing dist/.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { measureAiProxy } from './ai-proxy.mjs';
import { measureJournalPage } from './journal-page.mjs';
import { measureOffline, printOffline } from './offline.mjs';
import { measureTyping } from './typing.mjs';
import { localServerChecks, measureLocalServer, printLocalServer } from './local-server.mjs';
import { BENCH_DEPLOY_ID, measurePages, printPages } from './pages.mjs';
import { startPreview } from './preview.mjs';
import { measureVault } from './vault.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 8898);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const AI_REQUESTS = Number(process.env.BENCH_AI_REQUESTS ?? 200);
const VAULT_REQUESTS = Number(process.env.BENCH_VAULT_REQUESTS ?? 500);
const VAULT_PREVIEW_REQUESTS = Number(process.env.BENCH_VAULT_PREVIEW_REQUESTS ?? 50);
// Entries and shares through the local server (bench/local-server.mjs): one after another, then all at once.
const LOCAL_REQUESTS = Number(process.env.BENCH_LOCAL_REQUESTS ?? 500);
const LOCAL_CONCURRENT = Number(process.env.BENCH_LOCAL_CONCURRENT ?? 100);

const BUDGETS = {
  // A guide's only script is the service worker's registration (src/browser/offline.ts), at most 1 KB.
  guide: { jsBytes: 1024, totalGzip: 30 * 1024 },
  runnerJsGzip: 20 * 1024,
  aiProxyOverheadP50Ms: 5,
  typingInpP98Ms: 50,
  localServerP50Ms: 50,
  journalInteractiveMs: 1000,
  lighthouse: 100,
};

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

/** Starts the preview server on PORT with extra environment (and a fresh Blobs store); resolves once it listens. */
const startServer = (extraEnv = {}) => startPreview(PORT, extraEnv);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  // The deployed site's build: Netlify sets DEPLOY_ID, and asset URLs then carry ?dpl= (module preloads included).
  if (!process.env.BENCH_SKIP_BUILD)
    await run('npm', ['run', 'build'], {
      env: { ...process.env, DEPLOY_ID: process.env.DEPLOY_ID ?? BENCH_DEPLOY_ID },
    });
  // The journal bench seeds 100 replies from this one address: lift the per-address reply limit for this server,
  // and turn off the AI limits, as every benchmark does (one address, many requests).
  const server = await startServer({
    REPLY_LIMIT_PER_MINUTE: '1000',
    AI_LIMIT_FOLLOW_UPS_PER_MINUTE: '0',
    AI_LIMIT_SUMMARIES_PER_MINUTE: '0',
  });
  let built;
  let typing;
  let journalPage;
  try {
    built = await measurePages({ origin: ORIGIN, chromiumPath: CHROMIUM });
    console.log('\nTyping in the runner: keystrokes at 4× CPU slowdown, Event Timing…');
    typing = await measureTyping({ origin: ORIGIN, chromiumPath: CHROMIUM });
    console.log('\nJournal page: 200 reflections, 600 commitments, 50 shares with replies, at 4× CPU slowdown…');
    journalPage = await measureJournalPage({ origin: ORIGIN, chromiumPath: CHROMIUM });
  } finally {
    await server.stop();
  }
  const { pages, deployId } = built;
  console.log(
    `\nAI proxy: ${AI_REQUESTS} follow-up requests each straight to the stub, through the warm handler, and through the preview server…`,
  );
  const ai = await measureAiProxy({ requests: AI_REQUESTS, startPreview: startServer });
  console.log(
    `Journal and shares: ${VAULT_REQUESTS} create+read through the warm handlers, ${VAULT_PREVIEW_REQUESTS} through the preview server; crypto in Chromium…`,
  );
  const vault = await measureVault({
    warmRequests: VAULT_REQUESTS,
    previewRequests: VAULT_PREVIEW_REQUESTS,
    startPreview: startServer,
    chromiumPath: CHROMIUM,
  });
  console.log(
    `Local server: ${LOCAL_REQUESTS} creates and reads of entries and of shares, then ${LOCAL_CONCURRENT} creates at once, in-process and through the preview server…`,
  );
  const local = await measureLocalServer({
    requests: LOCAL_REQUESTS,
    concurrent: LOCAL_CONCURRENT,
    startPreview: startServer,
  });

  const offline = await measureOffline();
  const guide = pages.find((p) => p.type === 'guide');
  const checks = [
    {
      budget: 'guide page ships ≤ 1 KB of JS (the service worker registration)',
      ok: guide.jsBytes <= BUDGETS.guide.jsBytes,
    },
    { budget: 'guide page < 30 KB transferred (gzip)', ok: guide.totalGzip < BUDGETS.guide.totalGzip },
    // The island's own JS: the page's, less the service worker's registration that every page loads (offline.mjs).
    {
      budget: 'reflection runner island JS ≤ 20 KB gzipped (the page less the registration)',
      ok: pages.find((p) => p.type === 'reflection runner').jsGzip - offline.registration.gzip <= BUDGETS.runnerJsGzip,
    },
    {
      budget: 'AI proxy overhead p50 ≤ 5 ms (warm handler)',
      ok: ai.warmHandler.overheadP50 <= BUDGETS.aiProxyOverheadP50Ms,
    },
    {
      budget: 'AI proxy overhead p50 ≤ 5 ms (preview server)',
      ok: ai.preview.overheadP50 <= BUDGETS.aiProxyOverheadP50Ms,
    },
    {
      budget: 'typing INP p98 ≤ 50 ms at 4× CPU slowdown (prompt answer)',
      ok: typing.answer.p98 <= BUDGETS.typingInpP98Ms,
    },
    {
      budget: 'typing INP p98 ≤ 50 ms at 4× CPU slowdown (follow-up answer)',
      ok: typing.followUp.p98 <= BUDGETS.typingInpP98Ms,
    },
    {
      budget: 'journal page (200 reflections, 600 commitments) interactive < 1 s at 4× CPU slowdown',
      ok: journalPage.interactiveMs < BUDGETS.journalInteractiveMs,
    },
    {
      budget: 'journal page commitments list shown < 1 s at 4× CPU slowdown',
      ok: journalPage.commitmentsShownMs < BUDGETS.journalInteractiveMs,
    },
    ...localServerChecks(local, BUDGETS.localServerP50Ms),
    ...pages.map((p) => ({
      budget: `${p.type}: Lighthouse 100 in all four categories`,
      ok: Object.values(p.lighthouse).every((s) => s !== null && s >= BUDGETS.lighthouse),
    })),
  ];

  printPages(built);
  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(
    '\nAI proxy, time to the whole reply (ms)     | p50      | p95      | overhead p50 | overhead p95 | requests',
  );
  console.log(
    '------------------------------------------|----------|----------|--------------|--------------|--------------------------------',
  );
  console.log(
    `straight from the stub                    | ${ms(ai.direct.p50).padStart(8)} | ${ms(ai.direct.p95).padStart(8)} |              |              |`,
  );
  for (const [label, r] of [
    ['warm handler (in-process)', ai.warmHandler],
    ['preview server', ai.preview],
  ]) {
    console.log(
      `${label.padEnd(42)}| ${ms(r.p50).padStart(8)} | ${ms(r.p95).padStart(8)} | ${ms(r.overheadP50).padStart(12)} | ${ms(r.overheadP95).padStart(12)} | ${r.count}`,
    );
  }
  console.log('\nJournal and shares (ms)                  | create p50 | create p95 | read p50 | read p95 | requests');
  console.log('-----------------------------------------|------------|------------|----------|----------|---------');
  for (const [label, r] of [
    ['warm handlers', vault.warmHandlers],
    ['preview server', vault.preview],
  ]) {
    for (const kind of ['entries', 'shares']) {
      const m = r[kind];
      console.log(
        `${`${kind}, ${label}`.padEnd(41)}| ${ms(m.create.p50).padStart(10)} | ${ms(m.create.p95).padStart(10)} | ${ms(m.read.p50).padStart(8)} | ${ms(m.read.p95).padStart(8)} | ${m.create.count}`,
      );
    }
  }
  console.log(
    `\nTyping, INP per keystroke at ${typing.cpuSlowdown}× CPU slowdown (ms) | keys | over 16 ms | p50 | p98 | max`,
  );
  for (const [label, t] of [
    ['prompt answer', typing.answer],
    ['follow-up answer', typing.followUp],
    ['plain textarea (baseline, no script)', typing.plainTextarea],
  ]) {
    console.log(
      `${label.padEnd(50)} | ${String(t.keys).padStart(4)} | ${String(t.reportedOverThreshold).padStart(10)} | ${String(t.p50).padStart(3)} | ${String(t.p98).padStart(3)} | ${t.max}`,
    );
  }
  printLocalServer(local);
  printOffline(offline);
  const j = journalPage;
  const journalJs = pages.find((p) => p.type === 'journal (empty)').jsGzip;
  console.log(
    `\nJournal page, ${j.entries} reflections / ${j.commitments} commitments (${j.openCommitments} open) / ${j.shares} shares with ${j.replies} replies (${(j.journalBytes / 1024).toFixed(0)} KB in localStorage), ${j.cpuSlowdown}× CPU slowdown, median of ${j.runs}:`,
  );
  console.log(
    `  hydrated ${ms(j.hydratedMs)}, commitments shown ${ms(j.commitmentsShownMs)}, interactive ${ms(j.interactiveMs)} (worst ${ms(j.worstInteractiveMs)}), replies shown ${ms(j.repliesShownMs)}; JS ${kb(journalJs)} gzipped`,
  );
  const c = vault.browserCrypto;
  console.log(
    `\nAES-256-GCM in Chromium, ${(c.bytes / 1024).toFixed(1)} KB entry, ${c.runs} runs: encrypt p50 ${ms(c.encryptP50)} p95 ${ms(c.encryptP95)}; decrypt p50 ${ms(c.decryptP50)} p95 ${ms(c.decryptP95)}`,
  );
  console.log('\nBudgets:');
  for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'MISS'}  ${c.budget}`);

  const results = {
    date: new Date().toISOString(),
    command: 'npm run bench',
    node: process.version,
    deployId,
    pages,
    typing,
    aiProxy: { requests: AI_REQUESTS, ...ai },
    vault,
    localServer: local,
    journalPage,
    offline,
    budgets: checks,
  };
  await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
}

await main();
