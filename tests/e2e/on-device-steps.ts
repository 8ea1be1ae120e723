// Steps for the on-device guide's specs (on-device.spec.ts, on-device-answers.spec.ts): a page with a scripted Prompt
// API in place of the browser's own model (tests/support/fake-language-model.ts, which also lists what a real model may
// do that the fake cannot show), and a watch on every request to /api/ai/, which the on-device guide must never make.
import { expect, type Page } from '@playwright/test';
import {
  installFakeLanguageModel,
  jsonReplyChunks,
  type FakeRecord,
  type FakeScript,
} from '../support/fake-language-model';
import { answerBox, openRunner, typeInto } from './support';

export { jsonReplyChunks };

export const MODEL_QUESTION = 'What did your mentor want to see in the launch plan?';
export const ORDINARY_ANSWER = 'We went over my launch plan and she asked about the timeline.';

/** The guide's summary as a model writes it: the five sections, a few sentences each. */
export const MODEL_SUMMARY = [
  '## What stood out',
  'It sounds like the launch plan was the heart of the meeting. The timeline came up more than once.',
  '## Strengths',
  '- You came with a plan to talk through.',
  '## Growth edges',
  '- None named yet.',
  '## Next steps',
  '- Send the revised timeline on Friday.',
  '## Questions for your mentor',
  '- What would you change in the plan first?',
].join('\n');

/**
 * Installs the fake model for every page load of `page` and records the path of every request to /api/ai/. When
 * `script` is null, takes any API of the browser's own away instead: a browser with no Prompt API at all (the suite
 * already launches Chromium without one; this keeps it so in any browser).
 */
export async function withFakeModel(page: Page, script: FakeScript | null): Promise<string[]> {
  const aiRequests: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/ai/')) aiRequests.push(path);
  });
  if (script) await page.addInitScript(installFakeLanguageModel, script);
  else await page.addInitScript(() => delete (globalThis as { LanguageModel?: unknown }).LanguageModel);
  return aiRequests;
}

/** What the fake has been asked so far. */
export const fakeRecord = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __fakeLanguageModel: FakeRecord }).__fakeLanguageModel);

/** Lets the fake's next downloadprogress event go (scripts with steppedProgress). */
export const advanceDownload = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __fakeLanguageModel: FakeRecord }).__fakeLanguageModel.advance());

/** Opens the runner on "After the meeting", begins, and types the first answer at a person's speed. */
export async function beginAndAnswer(page: Page, answer = ORDINARY_ANSWER) {
  await openRunner(page, '/reflect/after-the-meeting/');
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), answer);
}

/** Chooses the on-device guide under "Guide settings" by keyboard: open the settings, Tab to the choices, arrows. */
export async function chooseOnDeviceByKeyboard(page: Page) {
  const settings = page.locator('details.runner-settings > summary').first();
  await settings.focus();
  await page.keyboard.press('Enter');
  const onDevice = page.getByRole('radio', { name: /On this device/ });
  await expect(onDevice).toBeVisible();
  await page.keyboard.press('Tab');
  while (!(await onDevice.isChecked())) await page.keyboard.press('ArrowDown');
  await expect(onDevice).toBeFocused();
}

/** From the first prompt (answered): on through the rest to the review, and "Write my summary". */
export async function writeSummary(page: Page) {
  for (let i = 2; i <= 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();
}

/** Starts keeping every text the streaming summary shows, as it changes. */
export async function recordStreamedSummary(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __streamed: string[] }).__streamed = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.runner .streaming')?.textContent ?? '';
      if (text && text !== seen.at(-1)) seen.push(text);
    }).observe(document.querySelector('.runner') ?? document.body, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { __streamed: string[] }).__streamed);
}
