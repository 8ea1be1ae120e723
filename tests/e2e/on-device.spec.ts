// The on-device guide offered and chosen, as a person meets it with a scripted Prompt API in place of the browser's own
// model (what a real model may do that the fake cannot show: tests/support/fake-language-model.ts). Where the model is
// downloadable it is the third guide in the disclosure, and nothing downloads until the person clicks; the download
// shows its progress (with a size only when the browser reports one); then the model asks its question, and nothing
// reaches /api/ai/. Where there is no model, the two guides are as before. Every new state is checked with axe.
import { expect, test } from '@playwright/test';
import { lookTest, useJourneyBrowser } from './loop-steps';
import {
  advanceDownload,
  beginAndAnswer,
  chooseOnDeviceByKeyboard,
  fakeRecord,
  jsonReplyChunks,
  MODEL_QUESTION,
  ORDINARY_ANSWER,
  withFakeModel,
} from './on-device-steps';
import { answerBox, axeViolations, landedQuestions, openRunner, typeInto } from './support';

test.describe('a browser whose model is downloadable: offered, downloaded on the person’s click, then it asks', () => {
  test.describe.configure({ mode: 'serial' });
  const journey = useJourneyBrowser();
  const page = journey.page;
  let aiRequests: string[] = [];

  test('1. nothing downloads when the page opens; Go deeper offers the guide on this device beside the other two', async () => {
    aiRequests = await withFakeModel(page(), {
      availability: 'downloadable',
      progress: [
        [0.25, 1],
        [0.6, 1],
        [1, 1],
      ],
      steppedProgress: true,
      replies: [{ chunks: jsonReplyChunks('none', MODEL_QUESTION), chunkDelayMs: 30 }],
    });
    await beginAndAnswer(page());
    await page().getByRole('button', { name: 'Go deeper' }).click();
    const disclosure = page().locator('.disclosure');
    await expect(disclosure.getByRole('heading', { name: 'Before the guide answers' })).toBeFocused();
    await expect(disclosure).toContainText('Or your browser’s own model asks, on this device: nothing leaves it.');
    await expect(disclosure).toContainText('The first time, your browser downloads its model. It is large');
    await expect(disclosure.getByRole('button')).toHaveText([
      'Use the AI guide',
      'Use the built-in guide',
      'Download and use the guide on this device',
    ]);
    expect((await fakeRecord(page())).created).toEqual([]);
  });
  lookTest('on-device-01-disclosure', page);

  test('2. the person’s click starts the download, and a bar shows how far it has got', async () => {
    // From the focused heading, by keyboard: Tab to the third choice, Enter.
    for (let i = 0; i < 3; i++) await page().keyboard.press('Tab');
    await expect(page().getByRole('button', { name: 'Download and use the guide on this device' })).toBeFocused();
    await page().keyboard.press('Enter');
    await expect(page().getByRole('button', { name: 'Downloading your browser’s model…' })).toBeFocused();
    const bar = page().getByRole('progressbar', { name: 'Download of your browser’s model' });
    await expect(bar).toBeVisible();
    await expect(page().getByText('Starting the download of your browser’s model…')).toBeVisible();
    await advanceDownload(page());
    await expect(page().getByText('Downloading your browser’s model: 25%.')).toBeVisible();
    await advanceDownload(page());
    await expect(page().getByText('Downloading your browser’s model: 60%.')).toBeVisible();
    await expect(bar).toHaveAttribute('value', '0.6');
    // No size was reported (the specification gives a fraction only), so none is shown.
    await expect(page().locator('.on-device-download')).not.toContainText(/\d\s?[KMG]B/);
    expect((await fakeRecord(page())).created).toEqual([{ systemPrompt: undefined, monitored: true }]);
  });
  lookTest('on-device-02-downloading', page);

  test('3. once downloaded, the model on this device asks its question, and nothing reached /api/ai/', async () => {
    await advanceDownload(page());
    await advanceDownload(page());
    await expect(landedQuestions(page())).toHaveText([`Your guide asks: ${MODEL_QUESTION}`]);
    const record = await fakeRecord(page());
    expect(record.prompts).toHaveLength(1);
    // The server's own prompt: the reflection by its title, the prompt, then the person's words inside <journal>.
    expect(record.prompts[0]?.input).toContain(
      'Reflection: After the meeting\nPrompt: What was said in the meeting that has stayed with you since?',
    );
    expect(record.prompts[0]?.input).toContain(`<journal>\nAnswer: ${ORDINARY_ANSWER}\n</journal>`);
    expect(record.prompts[0]?.constrained).toBe(true);
    expect(aiRequests).toEqual([]);
  });
  lookTest('on-device-03-question', page);

  test('4. the choice is remembered: after a reload Guide settings says so, with nothing more to download', async () => {
    await page().reload();
    await page().locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await page().getByText('Guide settings').first().click();
    await expect(page().getByRole('radio', { name: /On this device/ })).toBeChecked();
    await expect(page().getByRole('button', { name: 'Download your browser’s model' })).toHaveCount(0);
    expect(aiRequests).toEqual([]);
  });
});

test('chosen in Guide settings by keyboard where the model is ready, it asks its question and nothing is sent', async ({
  page,
}) => {
  const aiRequests = await withFakeModel(page, {
    availability: 'available',
    replies: [{ chunks: jsonReplyChunks('none', MODEL_QUESTION) }],
  });
  await openRunner(page, '/reflect/after-the-meeting/');
  await chooseOnDeviceByKeyboard(page);
  await expect(page.getByRole('button', { name: 'Download your browser’s model' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), ORDINARY_ANSWER);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(landedQuestions(page)).toHaveText([`Your guide asks: ${MODEL_QUESTION}`]);
  await expect(page.locator('.disclosure')).toHaveCount(0);
  expect(aiRequests).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('downloaded from Guide settings, with the size only because this browser reports bytes', async ({ page }) => {
  const aiRequests = await withFakeModel(page, {
    availability: 'downloadable',
    progress: [[1_200_000_000, 3_000_000_000]],
    steppedProgress: true,
    replies: [],
  });
  await openRunner(page, '/reflect/after-the-meeting/');
  await chooseOnDeviceByKeyboard(page);
  await expect(page.getByText('Your browser downloads its model the first time. It is large')).toBeVisible();
  expect((await fakeRecord(page)).created).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Download your browser’s model' })).toBeFocused();
  await page.keyboard.press('Enter');
  await advanceDownload(page);
  await expect(page.getByText('Downloading your browser’s model: 40% (1.2 GB of 3.0 GB).')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await advanceDownload(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Your browser’s model is ready. It runs on this device from now on.' }),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: /On this device/ })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  expect(aiRequests).toEqual([]);
});

test('a download that fails says so in a sentence, and the other guides still answer', async ({ page }) => {
  const aiRequests = await withFakeModel(page, { availability: 'downloadable', createFails: true, replies: [] });
  await beginAndAnswer(page);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await page.getByRole('button', { name: 'Download and use the guide on this device' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Your browser could not download its model. Nothing was sent anywhere, and your writing is saved on this device. Try again, or choose another guide.',
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Use the built-in guide' }).click();
  await expect(landedQuestions(page)).toHaveCount(1);
  expect(aiRequests).toEqual([]);
});

test('where the browser has no model, or none it can use, the two guides are as before', async ({ page }) => {
  for (const script of [null, { availability: 'unavailable' as const, replies: [] }]) {
    await withFakeModel(page, script);
    await openRunner(page, '/reflect/after-the-meeting/');
    await page.getByText('Guide settings').first().click();
    await expect(page.getByRole('radio', { name: /The built-in guide/ })).toBeVisible();
    // Opening the settings was the first click: the browser has been asked by now (where it has an API), and its
    // answer ("unavailable") adds no choice.
    if (script) await expect.poll(async () => (await fakeRecord(page)).availabilityCalls).toBe(1);
    await expect(page.getByRole('radio')).toHaveCount(4); // two guides, two tones
    await expect(page.getByRole('radio', { name: /On this device/ })).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), ORDINARY_ANSWER);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.locator('.disclosure').getByRole('button')).toHaveText([
    'Use the AI guide',
    'Use the built-in guide',
  ]);
});

test('the browser is asked about its model only at the person’s first click, never at load', async ({ page }) => {
  // Why: Chromium 150's renderer crashes when availability() answers "unavailable" after the page that asked is gone,
  // so a runner that asked when idle crashed the next page of anyone who left it at that moment (model-on-use.ts).
  // The fake cannot crash; what this shows is that nothing is asked before the person acts on the page.
  await withFakeModel(page, { availability: 'available', replies: [] });
  const onDeviceCode = page.waitForResponse((response) => /\/create-on-device\.[\w-]+\.js$/.test(response.url()));
  await openRunner(page, '/reflect/after-the-meeting/');
  // A call that never happens can only be shown after the moment it would have: the runner's idle loads are done
  // (the on-device code among them) and the network has been quiet for half a second since.
  await onDeviceCode;
  await page.waitForLoadState('networkidle');
  expect((await fakeRecord(page)).availabilityCalls).toBe(0);

  // The first click (Begin, by keyboard) asks once; the settings then offer the model, and nothing asks again.
  await page.getByRole('button', { name: 'Begin' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await fakeRecord(page)).availabilityCalls).toBe(1);
  await chooseOnDeviceByKeyboard(page);
  await typeInto(answerBox(page), ORDINARY_ANSWER);
  // However slow the machine, the one call came after the person had acted (the browser's own record of it).
  expect((await fakeRecord(page)).askedAfterActivation).toEqual([true]);
});
