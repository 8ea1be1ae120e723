// What the on-device guide answers, typed at a person's speed with a scripted Prompt API in place of the browser's own
// model (what a real model may do that the fake cannot show: tests/support/fake-language-model.ts). The safety net is
// the server's: a crisis or care answer never reaches the model; a model reply that speaks of harm is replaced by the
// safety message. The summary streams sentence by sentence, a later sentence that fails the check is never shown, and
// a model that breaks or is too slow gives way to the built-in guide with a sentence. Nothing reaches /api/ai/.
import { expect, test, type Page } from '@playwright/test';
import { CARE_QUESTIONS } from '../../src/shared/safety/messages';
import type { FakeScript } from '../support/fake-language-model';
import {
  beginAndAnswer,
  fakeRecord,
  jsonReplyChunks,
  MODEL_QUESTION,
  MODEL_SUMMARY,
  recordStreamedSummary,
  withFakeModel,
  writeSummary,
} from './on-device-steps';
import { answerBox, axeViolations, landedQuestions } from './support';

/** The person chose the on-device guide earlier (setup), and the fake answers with `replies`. */
async function onDeviceChosen(page: Page, replies: FakeScript['replies']): Promise<string[]> {
  await page.addInitScript(() =>
    localStorage.setItem('lodestar:prefs', JSON.stringify({ guide: 'on-device', disclosed: true, tone: 'gentle' })),
  );
  return withFakeModel(page, { availability: 'available', replies });
}

const safetyMessage = (page: Page) => page.locator('.safety');

test('a crisis answer gets the safety message, and the model is never asked', async ({ page }) => {
  const aiRequests = await onDeviceChosen(page, [{ chunks: jsonReplyChunks('none', MODEL_QUESTION) }]);
  const answer = 'Honestly I have the pills saved up for when it gets bad enough.';
  await beginAndAnswer(page, answer);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(safetyMessage(page)).toContainText('you deserve real support');
  await expect(answerBox(page)).toHaveValue(answer);
  expect((await fakeRecord(page)).created).toEqual([]);
  expect(aiRequests).toEqual([]);
});

test('a care answer gets a care question and the quiet help line, and the model is never asked', async ({ page }) => {
  const aiRequests = await onDeviceChosen(page, [{ chunks: jsonReplyChunks('none', MODEL_QUESTION) }]);
  await beginAndAnswer(page, 'I don’t want to die, but I want to escape.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  const question = landedQuestions(page);
  await expect(question).toHaveCount(1);
  expect(CARE_QUESTIONS as readonly string[]).toContain(
    (await question.innerText()).replace(/^Your guide asks:\s*/, ''),
  );
  await expect(page.locator('.care-line')).toBeVisible();
  expect((await fakeRecord(page)).created).toEqual([]);
  expect(aiRequests).toEqual([]);
});

test('a model reply that speaks of harm is never shown: the safety message stands in its place', async ({ page }) => {
  const aiRequests = await onDeviceChosen(page, [
    { chunks: jsonReplyChunks('none', 'Have you thought about how you would kill yourself?') },
  ]);
  await beginAndAnswer(page);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(safetyMessage(page)).toContainText('you deserve real support');
  await expect(page.locator('.runner')).not.toContainText('kill yourself');
  expect((await fakeRecord(page)).prompts).toHaveLength(1);
  expect(aiRequests).toEqual([]);
});

test('the model’s own crisis judgement gives the safety message', async ({ page }) => {
  await onDeviceChosen(page, [{ chunks: jsonReplyChunks('crisis', MODEL_QUESTION) }]);
  await beginAndAnswer(page, 'The meeting ran long and I keep thinking about how it ended.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(safetyMessage(page)).toContainText('you deserve real support');
  await expect(page.locator('.runner')).not.toContainText(MODEL_QUESTION);
});

test('the summary streams to the screen sentence by sentence, then stands as written on this device', async ({
  page,
}) => {
  const aiRequests = await onDeviceChosen(page, [
    { chunks: jsonReplyChunks('none', MODEL_SUMMARY, 10), chunkDelayMs: 60 },
  ]);
  await beginAndAnswer(page);
  const streamed = await recordStreamedSummary(page);
  await writeSummary(page);
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
  await expect(page.getByText('Written on this device by your browser’s own model from your answers.')).toBeVisible();
  await expect(page.locator('.summary').getByText('Send the revised timeline on Friday.')).toBeVisible();
  // Before its first whole sentence the streaming view says it has nothing yet (as it does for the AI guide).
  const texts = (await streamed()).filter((text) => text !== 'Nothing is written in this summary.');
  // Shown in steps, and never half a sentence: every step ends where a sentence or a line of the summary ends.
  expect(texts.length).toBeGreaterThan(3);
  const ends = MODEL_SUMMARY.split(/(?<=[.?!])\s|\n/).map((line) => line.replace(/^[#-]+\s*/, '').trim());
  expect(texts.filter((text) => !ends.some((end) => text.trimEnd().endsWith(end)))).toEqual([]);
  expect(aiRequests).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('a later sentence that speaks of harm is never shown: what streamed is replaced by the safety message', async ({
  page,
}) => {
  const turned = MODEL_SUMMARY.replace('- Send the revised timeline on Friday.', '- Decide when to end my life.');
  await onDeviceChosen(page, [{ chunks: jsonReplyChunks('none', turned, 10), chunkDelayMs: 40 }]);
  await beginAndAnswer(page);
  const streamed = await recordStreamedSummary(page);
  await writeSummary(page);
  await expect(safetyMessage(page)).toContainText('you deserve real support');
  const texts = await streamed();
  expect(texts.some((text) => text.includes('You came with a plan to talk through.'))).toBe(true);
  expect(texts.some((text) => text.includes('end my life'))).toBe(false);
  await expect(page.locator('main')).not.toContainText('end my life');
});

test('a model that breaks mid-stream gives way to the built-in guide, with a sentence', async ({ page }) => {
  const aiRequests = await onDeviceChosen(page, [
    { chunks: jsonReplyChunks('none', MODEL_SUMMARY, 10), chunkDelayMs: 30, failAfter: 15 },
  ]);
  await beginAndAnswer(page);
  await writeSummary(page);
  await expect(
    page.getByRole('status').filter({
      hasText: 'Your browser’s own model did not give a usable answer, so the built-in guide answered instead.',
    }),
  ).toBeVisible();
  await expect(page.getByText('Made by the built-in guide from your own words.')).toBeVisible();
  await expect(page.locator('.summary')).not.toContainText(
    'It sounds like the launch plan was the heart of the meeting.',
  );
  expect(aiRequests).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('a model that says nothing in time gives way to the built-in guide, with a sentence', async ({ page }) => {
  await page.clock.install();
  const aiRequests = await onDeviceChosen(page, [{ chunks: [], hang: true }]);
  await beginAndAnswer(page);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.getByRole('button', { name: 'Asking…' })).toBeVisible();
  // The model has been asked (its time limits run from just before): only then does moving the clock on reach them.
  // "Asking…" shows earlier, while the guide is still loading, and on a busy machine the limits came after the jump.
  await page.waitForFunction(
    () => (globalThis as { __fakeLanguageModel?: { prompts: unknown[] } }).__fakeLanguageModel?.prompts.length === 1,
  );
  await page.clock.fastForward('00:21');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Your browser’s own model took too long, so the built-in guide answered instead.' }),
  ).toBeVisible();
  await expect(landedQuestions(page)).toHaveCount(1);
  expect(aiRequests).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('chosen but not downloaded yet: the built-in guide answers with a sentence, and nothing downloads on its own', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('lodestar:prefs', JSON.stringify({ guide: 'on-device', disclosed: true, tone: 'gentle' })),
  );
  const aiRequests = await withFakeModel(page, {
    availability: 'downloadable',
    replies: [{ chunks: jsonReplyChunks('none', MODEL_QUESTION) }],
  });
  await beginAndAnswer(page);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(
    page.getByRole('status').filter({
      hasText:
        'Your browser’s own model is not downloaded yet, so the built-in guide answered. Download it under Guide settings to use it.',
    }),
  ).toBeVisible();
  await expect(landedQuestions(page)).toHaveCount(1);
  await expect(landedQuestions(page)).not.toContainText(MODEL_QUESTION);
  expect((await fakeRecord(page)).created).toEqual([]);
  expect(aiRequests).toEqual([]);
});
