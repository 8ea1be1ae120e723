// Shared steps for the browser tests: open an island page, type the way a person does, check axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The Gemini stub started by tests/support/e2e-server.mjs. Its mode is global to every test running at the time, so
 * the browser tests leave it at "ok"; a test that needs a failure scopes it to its own words (stubFailsWhen).
 */
export const STUB = `http://127.0.0.1:${process.env.E2E_STUB_PORT ?? 8897}`;
export const STUB_QUESTION = 'What happened just before the meeting turned?';

/** About 40 characters a second: a quick typist, one key event at a time like a person. */
export const TYPING_DELAY_MS = 25;

export async function setStubMode(page: Page, mode: string) {
  const response = await page.request.post(`${STUB}/__stub/mode`, { data: { mode } });
  expect(response.status()).toBe(204);
}

/**
 * Makes the stub fail (500) every request that carries `text`, or stops that: a failure only the test that types
 * `text` meets, while the others run beside it.
 */
export async function stubFailsWhen(page: Page, text: string, fail = true) {
  const response = await page.request.post(`${STUB}/__stub/fail-when`, { data: { contains: text, fail } });
  expect(response.status()).toBe(204);
}

/** Waits until the page's island is hydrated (a click before that would be lost). */
export async function ready(page: Page) {
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
}

/** Opens a page with an island and waits until it is hydrated. */
export async function openIsland(page: Page, path: string) {
  await page.goto(path);
  await ready(page);
}

export async function openRunner(page: Page, path = '/reflect/prepare-for-meeting/') {
  await openIsland(page, path);
  await expect(
    page.getByRole('heading', { name: 'Before you begin' }).or(page.getByText(/^Prompt \d of \d$/)),
  ).toBeVisible();
}

/** Clicks into a field and types at human speed: one keydown/input/keyup per character. */
export async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.press('End');
  await field.pressSequentially(text, { delay: TYPING_DELAY_MS });
}

/**
 * Waits until the runner's own status line says the draft is stored. (Not getByText: the page's footer line
 * "Your answers are saved on this device" matches that too, and made an earlier version of a test wait for nothing.)
 */
export async function expectSaved(page: Page) {
  await expect(page.locator('#save-status')).toHaveText('Saved on this device');
}

/** Chooses the built-in coach under "Guide settings", so nothing is sent to the AI. */
export async function chooseBuiltInCoach(page: Page) {
  await page.getByText('Guide settings').first().click();
  await page.getByRole('radio', { name: /The built-in guide/ }).check();
}

/**
 * The guide's questions that have landed. Not every `.follow-up-question`: while a reply is on its way a "thinking…"
 * placeholder carries that class too, and the landed question then moves the buttons below it (a click aimed at
 * "Next" in between can land on the new answer box).
 */
export const landedQuestions = (page: Page) => page.locator('.follow-up:not(.streaming) .follow-up-question');
export const answerBox = (page: Page) => page.getByRole('textbox', { name: 'Your answer', exact: true });
export const followUpBox = (page: Page) => page.getByRole('textbox', { name: "Your answer to the guide's question" });

/**
 * axe's violations on the page as it is now, one line each (`rules` narrows the check to those rules). Legacy mode runs
 * axe inside the page: the default opens a new blank page for every analysis to merge the results of cross-origin
 * frames, which doubles an analysis's cost on a busy machine, and no page here has a frame of another origin (the CSP's
 * default-src is 'self'; same-origin frames are still checked).
 */
export async function axeViolations(page: Page, rules?: string[]) {
  const axe = new AxeBuilder({ page }).setLegacyMode();
  const results = await (rules ? axe.withRules(rules) : axe).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Records every text the runner's polite live region takes, from now on. */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('.runner > [aria-live="polite"]');
    const seen: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = seen;
    if (region)
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
  });
  return () => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced.filter(Boolean));
}
