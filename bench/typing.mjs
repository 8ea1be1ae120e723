// Typing responsiveness in the reflection runner: Interaction to Next Paint for keystrokes typed into a prompt
// answer and into a follow-up answer, in Chromium with its CPU slowed 4× (CDP Emulation.setCPUThrottlingRate),
// read from the page's own Event Timing API. The built-in coach asks the follow-up, so nothing reaches an API.
import { chromium } from 'playwright-core';
import { percentile } from './stats.mjs';

const KEYS_PER_FIELD = Number(process.env.BENCH_TYPING_KEYS ?? 200);
/** Event Timing reports nothing faster than this (the spec's smallest durationThreshold). */
const THRESHOLD_MS = 16;
const SENTENCE = 'My mentee wants more stretch work and I think she is ready for a project of her own. ';

/** Installs an observer that keeps, per interaction, the longest event duration (what INP counts). */
function observeInteractions() {
  const longest = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      longest.set(entry.interactionId, Math.max(longest.get(entry.interactionId) ?? 0, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  window.__interactions = longest;
}

async function typeAndMeasure(page, field) {
  await page.evaluate(() => window.__interactions.clear());
  await field.focus();
  const text = SENTENCE.repeat(Math.ceil(KEYS_PER_FIELD / SENTENCE.length)).slice(0, KEYS_PER_FIELD);
  await page.keyboard.type(text, { delay: 60 });
  // Event Timing entries are delivered after the next paint; give the last ones time to arrive.
  await page.waitForTimeout(500);
  const reported = await page.evaluate(() => [...window.__interactions.values()]);
  const value = await field.inputValue();
  if (!value.endsWith(text))
    throw new Error(`typing bench: the field holds ${value.length} characters, not the ${text.length} typed`);
  // Keystrokes faster than the threshold are not reported: count them at the threshold (an upper bound).
  const durations = [...reported, ...Array(Math.max(0, text.length - reported.length)).fill(THRESHOLD_MS)].sort(
    (a, b) => a - b,
  );
  return {
    keys: text.length,
    reportedOverThreshold: reported.length,
    p50: percentile(durations, 50),
    p98: percentile(durations, 98),
    max: durations.at(-1),
  };
}

/** Measures typing in the runner served at `origin`; returns INP-style figures for both fields. */
export async function measureTyping({ origin, chromiumPath }) {
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
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // Setup, not something a person types: the built-in coach already chosen, so no disclosure and no API.
    await context.addInitScript(() =>
      localStorage.setItem('lodestar:prefs', JSON.stringify({ guide: 'built-in', disclosed: true, tone: 'gentle' })),
    );
    await context.addInitScript(observeInteractions);
    const page = await context.newPage();
    await page.goto(`${origin}/reflect/mentor-reflection/`);
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Begin' }).click();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const answer = await typeAndMeasure(page, page.getByRole('textbox', { name: 'Your answer', exact: true }));
    await page.getByRole('button', { name: 'Go deeper' }).click();
    const followUpField = page.getByRole('textbox', { name: "Your answer to the guide's question" });
    await followUpField.waitFor();
    const followUp = await typeAndMeasure(page, followUpField);
    // The floor on this machine at this moment: a plain textarea with no script of ours listening, same page.
    await page.evaluate(() => {
      const plain = document.createElement('textarea');
      plain.setAttribute('aria-label', 'Baseline');
      document.querySelector('main')?.append(plain);
    });
    const plainTextarea = await typeAndMeasure(page, page.getByRole('textbox', { name: 'Baseline' }));
    return { cpuSlowdown: 4, answer, followUp, plainTextarea };
  } finally {
    await browser.close();
  }
}
