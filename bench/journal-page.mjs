// The journal page under a long-used journal: 200 reflections holding 600 commitments and 50 links shared from them,
// each with replies on the server. In Chromium slowed 4× (CDP Emulation.setCPUThrottlingRate) it measures, from the
// navigation's start: when the island is interactive, when the commitments list is on screen, when the mentors'
// replies are, and the JavaScript the page ships (gzipped). The journal is setup data written to localStorage; the
// shares and replies are real, encrypted with the real browser code and stored through the preview server.
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { bundleModules } from './bundle.mjs';

const ENTRIES = 200;
const COMMITMENTS_PER_ENTRY = 3;
const SHARES = 50;
const REPLIES_PER_SHARE = 2;
const RUNS = Number(process.env.BENCH_JOURNAL_RUNS ?? 5);
/** A main thread this long without a long task, after the list is shown, counts as settled (Lighthouse's TTI uses 5 s). */
const QUIET_MS = 2000;
/** The journal lists open commitments 50 at a time (CommitmentsSection's page): "shown" is the first page on screen. */
const FIRST_PAGE = 50;
const SETS = ['prepare-for-meeting', 'after-the-meeting', 'mentorship-assessment', 'mentee-development'];
const DAY_MS = 86_400_000;
const id = (bytes) => randomBytes(bytes).toString('base64url');

const words = (n, seed) =>
  Array.from(
    { length: n },
    (_, i) => ['meeting', 'feedback', 'project', 'mentor', 'stretch', 'plan', 'question', 'notes'][(i * 7 + seed) % 8],
  ).join(' ');

/** One saved reflection with three commitments, a third of them closed, some due in the past. */
function entry(index, now) {
  const created = new Date(now - (ENTRIES - index) * DAY_MS).toISOString();
  const localId = id(16);
  const steps = Array.from(
    { length: COMMITMENTS_PER_ENTRY },
    (_, i) => `Step ${i + 1} of reflection ${index}: ${words(8, index + i)}`,
  );
  const prompts = Array.from({ length: 5 }, (_, i) => ({
    id: `p${i}`,
    text: `Prompt ${i + 1}: what happened with the ${words(3, i)}?`,
  }));
  const summary = `## What stood out\n${words(30, index)}.\n\n## Next steps\n${steps.map((s) => `- ${s}`).join('\n')}\n\n## Questions for your mentor\n- ${words(10, index)}?`;
  const commitments = steps.map((text, i) => ({
    id: id(12),
    source: text,
    text,
    due: i === 0 ? new Date(now - (index % 40) * DAY_MS + 20 * DAY_MS).toISOString().slice(0, 10) : null,
    state: (index + i) % 3 === 0 ? 'done' : 'open',
    note: (index + i) % 3 === 0 ? `Done: ${words(6, i)}` : '',
    updatedAt: created,
  }));
  const content = {
    v: 1,
    setId: SETS[index % SETS.length],
    setTitle: `Reflection ${index}`,
    prompts,
    answers: Object.fromEntries(prompts.map((p, i) => [p.id, { answer: words(60, index + i), followUps: [] }])),
    summary: { text: summary, source: 'built-in', createdAt: created },
    savedAt: created,
    commitments,
  };
  return {
    localId,
    id: localId,
    token: id(32),
    revision: 1,
    highestSeen: 1,
    serverRevision: null,
    edits: 1,
    attempts: [],
    sync: 'synced',
    content,
    createdAt: created,
    updatedAt: created,
  };
}

/** Publishes one share and its replies through the server, as the browser code would. */
async function publishShare(origin, crypto, entryLocalId, setTitle) {
  const shareId = id(16);
  const token = id(32);
  const key = await crypto.newKey();
  const now = new Date();
  const content = {
    v: 2,
    setTitle,
    summary: `## What stood out\n${words(40, 1)}.`,
    source: 'built-in',
    note: '',
    sharedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 30 * DAY_MS).toISOString(),
  };
  const payload = await crypto.encryptJson(key, content, crypto.shareAad(shareId));
  const put = await fetch(`${origin}/api/shares/${shareId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'if-none-match': '*' },
    body: JSON.stringify({ ...payload, expiresInDays: 30 }),
  });
  if (put.status !== 201) throw new Error(`journal bench: publishing a share answered ${put.status}`);
  for (let r = 0; r < REPLIES_PER_SHARE; r++) {
    const reply = await crypto.encryptJson(
      key,
      { v: 1, text: `Reply ${r + 1}: ${words(40, r)}.`, writtenAt: new Date().toISOString() },
      crypto.replyAad(shareId),
    );
    const post = await fetch(`${origin}/api/shares/${shareId}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...reply, v: 1 }),
    });
    if (post.status !== 201) throw new Error(`journal bench: a reply answered ${post.status} ${await post.text()}`);
  }
  return {
    id: shareId,
    token,
    link: `${origin}/s/#${shareId}.${key}`,
    expiresAt: content.expiresAt,
    createdAt: content.sharedAt,
    entryLocalId,
    setTitle,
    kind: 'summary',
  };
}

export async function seedJournal(origin) {
  const bundle = await bundleModules(['src/browser/vault-crypto.ts', 'src/shared/model/sealed-payload.ts']);
  // The associated-data strings live with the sealed payload in the shared model, beside the browser's crypto.
  const crypto = {
    ...(await bundle.load('src/browser/vault-crypto.ts')),
    ...(await bundle.load('src/shared/model/sealed-payload.ts')),
  };
  try {
    const now = Date.now();
    const entries = Array.from({ length: ENTRIES }, (_, i) => entry(i, now));
    const shares = [];
    for (let i = 0; i < SHARES; i++)
      shares.push(await publishShare(origin, crypto, entries[i * 4].localId, entries[i * 4].content.setTitle));
    const open = entries.flatMap((e) => e.content.commitments).filter((c) => c.state === 'open').length;
    return { journal: { v: 2, key: id(32), entries, shares, tombstones: [], unreadable: [] }, open };
  } finally {
    await bundle.cleanup();
  }
}

/** Runs in the page before its scripts: watches hydration, the two lists and long tasks. */
function watchJournalPage({ open, firstPage, replies }) {
  const marks = { hydrated: null, commitmentsShown: null, repliesShown: null, longTasks: [] };
  window.__journalBench = marks;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries())
      marks.longTasks.push({ start: task.startTime, end: task.startTime + task.duration });
  }).observe({ type: 'longtask', buffered: true });
  // On screen means painted: the time is taken when the frame after the change is produced (style and layout of
  // a long list happen there, not when its elements are inserted).
  const whenPainted = (key) => {
    marks[key] = 'pending';
    requestAnimationFrame(() => setTimeout(() => (marks[key] = performance.now())));
  };
  const check = () => {
    if (marks.hydrated === null && document.querySelector('astro-island:not([ssr])')) whenPainted('hydrated');
    if (
      marks.commitmentsShown === null &&
      document.querySelectorAll('[data-commitment-id]').length >= Math.min(open, firstPage)
    )
      whenPainted('commitmentsShown');
    if (marks.repliesShown === null && document.querySelectorAll('[data-reply-id]').length >= replies)
      whenPainted('repliesShown');
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['ssr'],
  });
}

async function oneRun(browser, origin, seed) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    // Setup, before the measured visit and at full speed: the journal as this browser would have stored it.
    await page.goto(`${origin}/privacy/`);
    await page.evaluate((journal) => localStorage.setItem('lodestar:journal:2', journal), seed.journal);
    await context.addInitScript(watchJournalPage, {
      open: seed.open,
      firstPage: seed.firstPage,
      replies: seed.replies,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${origin}/journal/`);
    await page.waitForFunction(
      () =>
        typeof window.__journalBench.commitmentsShown === 'number' &&
        typeof window.__journalBench.repliesShown === 'number',
      null,
      { timeout: 60_000 },
    );
    // Settled: no long task for QUIET_MS after the last one that started after the list was shown.
    await page.waitForFunction(
      (quiet) => {
        const m = window.__journalBench;
        const lastEnd = Math.max(m.commitmentsShown, ...m.longTasks.map((t) => t.end));
        return performance.now() - lastEnd > quiet;
      },
      QUIET_MS,
      { timeout: 60_000, polling: 250 },
    );
    const marks = await page.evaluate(() => window.__journalBench);
    const interactive = Math.max(marks.hydrated, marks.commitmentsShown, ...marks.longTasks.map((t) => t.end));
    return {
      interactive,
      hydrated: marks.hydrated,
      commitmentsShown: marks.commitmentsShown,
      repliesShown: marks.repliesShown,
      longTasks: marks.longTasks.length,
    };
  } finally {
    await context.close();
  }
}

/** Measures the journal page served at `origin` (a fresh Blobs store: the shares are made here). */
export async function measureJournalPage({ origin, chromiumPath }) {
  const { journal, open } = await seedJournal(origin);
  const seed = { journal: JSON.stringify(journal), open, firstPage: FIRST_PAGE, replies: SHARES * REPLIES_PER_SHARE };
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, origin, seed));
    const median = (key) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    return {
      entries: ENTRIES,
      commitments: ENTRIES * COMMITMENTS_PER_ENTRY,
      openCommitments: open,
      firstPage: FIRST_PAGE,
      shares: SHARES,
      replies: SHARES * REPLIES_PER_SHARE,
      journalBytes: seed.journal.length,
      cpuSlowdown: 4,
      runs: RUNS,
      interactiveMs: median('interactive'),
      hydratedMs: median('hydrated'),
      commitmentsShownMs: median('commitmentsShown'),
      repliesShownMs: median('repliesShown'),
      worstInteractiveMs: Math.max(...runs.map((r) => r.interactive)),
    };
  } finally {
    await browser.close();
  }
}
