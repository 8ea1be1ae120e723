// Steps of the mentorship loop as one person lives it, for the loop specs: add a next step to the summary, mark a
// commitment done with a note, share from the runner, and the mentor's reply from a fresh browser. Typed and moved
// by keyboard like a person; screenshots of every state go to /tmp/shots-loop/ to be looked at.
import { mkdir } from 'node:fs/promises';
import {
  devices,
  expect,
  test,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { answerBox, axeViolations, ready, typeInto } from './support';

const SHOTS = '/tmp/shots-loop';

/** A full-page screenshot at the width it is now, and axe on the same state: every new state is looked at and checked. */
export async function look(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
}

/** The same state at a phone's width (390 px), then back to the desktop size. */
export async function lookNarrow(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await look(page, `${name}-390`);
  if (size) await page.setViewportSize(size);
}

/**
 * A test of its own for the state the journey's previous step left `page` in: looked at and checked with axe (see
 * `look`), and at a phone's width too when `narrow`. These checks ran inside the journeys, which made a journey the
 * suite's longest test and its axe analyses the part that met the timeout on a busy machine; each now has its own.
 */
export function lookTest(name: string, page: () => Page, { narrow = false } = {}) {
  test(`${name}: no axe violations${narrow ? ', at the desktop and a phone’s width' : ''}`, async () => {
    await look(page(), name);
    if (narrow) await lookNarrow(page(), name);
  });
}

/**
 * A browser of the person's own that lives through the steps of one serial journey (the `page` fixture lasts one
 * test), with the project's settings: the desktop device, the site's address, service workers blocked; `options` adds
 * what a spec's test.use would (permissions, say).
 */
export async function journeyBrowser(
  browser: Browser,
  info: TestInfo,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { defaultBrowserType: _, ...desktop } = devices['Desktop Chrome'];
  const { baseURL } = info.project.use;
  const context = await browser.newContext({
    ...desktop,
    ...(baseURL ? { baseURL } : {}),
    serviceWorkers: 'block',
    ...options,
  });
  return { context, page: await context.newPage() };
}

/**
 * The person's own browser for the steps of one serial journey (see journeyBrowser): opened before the first step,
 * closed after the last together with every browser handed to `closeAfter` (a mentor's, a second device's).
 */
export function useJourneyBrowser(options: BrowserContextOptions = {}) {
  let owner: { context: BrowserContext; page: Page } | undefined;
  const others: BrowserContext[] = [];
  test.beforeAll(async ({ browser }, info) => {
    owner = await journeyBrowser(browser, info, options);
  });
  test.afterAll(async () => {
    await owner?.context.close();
    for (const context of others) await context.close();
  });
  const opened = () => {
    if (!owner) throw new Error('the journey browser is not open yet');
    return owner;
  };
  return {
    page: () => opened().page,
    context: () => opened().context,
    closeAfter<T extends BrowserContext | { context: BrowserContext }>(opened: T): T {
      others.push('newPage' in opened ? opened : opened.context);
      return opened;
    },
  };
}

/**
 * Types one more step at the end of the summary's "Next steps" list. The caret is put where a click at the end of
 * the list would put it (a textarea's click position depends on its wrapping); everything after is keys.
 */
export async function addNextStep(page: Page, step: string) {
  await page.getByRole('button', { name: 'Edit the summary' }).click();
  const editor = page.getByRole('textbox', { name: 'Summary text' });
  await expect(editor).toBeFocused();
  await editor.evaluate((el: HTMLTextAreaElement) => {
    const start = el.value.indexOf('## Next steps');
    const end = el.value.indexOf('\n\n## ', start + 1);
    const at = end === -1 ? el.value.trimEnd().length : end;
    el.setSelectionRange(at, at);
  });
  await page.keyboard.type(`\n- ${step}`, { delay: 20 });
}

export const commitmentCard = (page: Page, text: string) => page.locator('.commitment').filter({ hasText: text });

/** Marks a commitment done from the journal page, by keyboard, with a typed note on what happened. */
export async function markDone(page: Page, text: string, note: string) {
  await commitmentCard(page, text).getByRole('button', { name: 'Mark done' }).focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('textbox', { name: 'What happened? (optional)' });
  await expect(box).toBeFocused();
  await page.keyboard.type(note, { delay: 20 });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save as done' })).toBeFocused();
}

/** Opens the runner's share panel after a save, chooses an expiry and creates the link; returns it. */
export async function shareLink(page: Page, expiry = '7 days') {
  await page.getByRole('button', { name: 'Share with my mentor' }).click();
  await page.getByRole('radio', { name: expiry }).check();
  await page.getByRole('button', { name: 'Create link' }).click();
  const box = page.getByRole('textbox', { name: 'Your link' });
  await expect(box).toBeVisible();
  return box.inputValue();
}

export const replyBox = (page: Page) => page.getByLabel('Reply to the person who shared this');

/** The mentor, in a browser of their own, opens the link and replies: typed, Tab to Send, Enter. */
export async function mentorOpens(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(link);
  return { context, page, dialogs };
}

export async function typeReplyAndSend(page: Page, text: string) {
  await replyBox(page).click();
  await page.keyboard.type(text, { delay: 15 });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reply-thread .reply-text').last()).toHaveText(text);
}

/**
 * "Prepare for your next meeting" up to its summary, with the built-in guide: the check-in (when there are open
 * commitments) is left as it is, the first prompt answered, the rest skipped with Next.
 */
export async function prepareToSummary(page: Page, answer: string) {
  await page.goto('/reflect/prepare-for-meeting/');
  await ready(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  const checkIn = page.getByRole('heading', { name: 'Since last time' });
  await expect(checkIn.or(page.getByText('Prompt 1 of 5'))).toBeVisible();
  if (await checkIn.isVisible()) await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Prompt 1 of 5')).toBeVisible();
  await typeInto(answerBox(page), answer);
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: i === 4 ? 'Review' : 'Next' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
}
