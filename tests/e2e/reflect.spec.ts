// The reflection runner as people use it: typed at human speed, moved through with buttons and keys, reloaded,
// opened in two tabs, with the AI guide failing. Text a person writes is typed, never fill()ed.
import { expect, test, type Page } from '@playwright/test';
import { STUB_QUESTION, answerBox, axeViolations, expectSaved, followUpBox, openRunner, recordAnnouncements, setStubMode, typeInto } from './support';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await setStubMode(page, 'ok');
});

async function chooseBuiltInCoach(page: Page) {
  await page.getByText('Guide settings').first().click();
  await page.getByRole('radio', { name: /The built-in guide/ }).check();
}

/** From the first prompt: answers the first prompt, steps through the rest, and writes the summary. */
async function reachSummary(page: Page, firstAnswer: string) {
  await typeInto(answerBox(page), firstAnswer);
  for (let i = 2; i <= 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
}

test('typing at human speed arrives whole, and focus stays in the box', async ({ page }) => {
  await openRunner(page, '/reflect/mentor-reflection/');
  await page.getByRole('button', { name: 'Begin' }).click();
  const sentence = 'My mentee wants more stretch.'; // 30 characters, the bug report's case
  await typeInto(answerBox(page), sentence);
  await expect(answerBox(page)).toHaveValue(sentence);
  await expect(answerBox(page)).toBeFocused();

  await chooseBuiltInCoach(page);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(followUpBox(page)).toBeFocused();
  const reply = 'I think she needs a project of her own.';
  await page.keyboard.type(reply, { delay: 25 });
  await expect(followUpBox(page)).toHaveValue(reply);
  await expect(followUpBox(page)).toBeFocused();
  await expect(answerBox(page)).toHaveValue(sentence);
});

test('a reload a moment after the last key keeps every word', async ({ page }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'First answer, kept.');
  await page.getByRole('button', { name: 'Next' }).click();
  await typeInto(answerBox(page), 'Second answer, typed just before the reload');
  // No wait for "Saved": the reload comes before the autosave's pause is over.
  await page.reload();
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await expect(page.getByText('Prompt 2 of 5')).toBeVisible();
  await expect(answerBox(page)).toHaveValue('Second answer, typed just before the reload');
  await expect(page.getByText('We brought back your draft from this device.')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(answerBox(page)).toHaveValue('First answer, kept.');
});

test('a full reflection with the AI guide, from first prompt to downloaded summary', async ({ page }) => {
  await openRunner(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByText('Prompt 1 of 5')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();

  await typeInto(answerBox(page), 'The launch slipped a week and I had a hard talk with my lead.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.getByRole('heading', { name: 'Before the guide answers' })).toBeVisible();
  await expect(page.locator('.disclosure').getByText('Google Gemini, through our server')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const announced = await recordAnnouncements(page);
  await page.getByRole('button', { name: 'Use the AI guide' }).click();
  await expect(page.locator('.follow-up-question').first()).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
  // Announced once, complete — not token by token.
  expect(await announced()).toEqual([`Your guide asks: ${STUB_QUESTION}`]);
  await typeInto(followUpBox(page), 'My lead asked for a new date and I froze.');
  expect(await axeViolations(page)).toEqual([]);

  for (let i = 2; i <= 5; i++) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(`Prompt ${i} of 5`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await typeInto(answerBox(page), `Answer ${i}: I will ask my mentor about planning.`);
  }
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeFocused();
  await expect(page.getByText('Answer 3: I will ask my mentor about planning.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeFocused();
  for (const section of ['What stood out', 'Strengths', 'Growth edges', 'Next steps', 'Questions for your mentor']) {
    await expect(page.getByRole('heading', { level: 3, name: section })).toBeVisible();
  }
  await expect(page.getByText('Send your mentor a two-line agenda by Friday.')).toBeVisible();
  expect(await announced()).toContain('Your summary is ready.');
  expect(await axeViolations(page)).toEqual([]);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download (.md)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^prepare-for-meeting-\d{4}-\d{2}-\d{2}\.md$/);
  let markdown = '';
  for await (const chunk of await download.createReadStream()) markdown += String(chunk);
  expect(markdown).toContain('# Prepare for your next meeting');
  expect(markdown).toContain('## Next steps\n\n- Send your mentor a two-line agenda by Friday.');
});

test('the summary is the person’s: edited words are what is shown, kept and downloaded', async ({ page }) => {
  await openRunner(page);
  await chooseBuiltInCoach(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await reachSummary(page, 'I want to lead the next planning meeting myself.');
  await page.getByRole('button', { name: 'Edit the summary' }).click();
  const editor = page.getByRole('textbox', { name: 'Your summary' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n- Book the planning room for Tuesday.', { delay: 25 });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Book the planning room for Tuesday.' })).toBeVisible();
  await expect(page.getByText('Your edited summary. What you see here is what is saved and shared.')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download (.md)' }).click();
  let markdown = '';
  for await (const chunk of await (await downloadPromise).createReadStream()) markdown += String(chunk);
  expect(markdown).toContain('- Book the planning room for Tuesday.');

  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Book the planning room for Tuesday.' })).toBeVisible();
});

test('review goes back to the same summary; a changed answer marks it out of date and a rewrite keeps the old one', async ({ page }) => {
  const aiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/ai/')) aiCalls.push(request.url());
  });
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'We agreed I would draft the plan.');
  for (let i = 2; i <= 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await page.getByRole('button', { name: 'Use the AI guide' }).click();
  await expect(page.getByText('Send your mentor a two-line agenda by Friday.')).toBeVisible();
  expect(aiCalls).toHaveLength(1);

  await page.getByRole('button', { name: 'Edit answers' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Back to my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeFocused();
  await expect(page.getByText('Send your mentor a two-line agenda by Friday.')).toBeVisible();
  await expect(page.getByText('may be out of date')).toHaveCount(0);
  expect(aiCalls).toHaveLength(1);

  // The person's own line in the summary, which a rewrite must not silently throw away.
  await page.getByRole('button', { name: 'Edit the summary' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n- My own line.', { delay: 25 });
  await page.getByRole('button', { name: 'Done editing' }).click();
  await page.getByRole('button', { name: 'Edit answers' }).click();
  await typeInto(answerBox(page), ' I also want a date for it.');
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByText('You changed your answers after this summary was written, so it may be out of date.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to my summary' }).click();
  await expect(page.getByText('may be out of date')).toBeVisible();
  await page.getByRole('button', { name: 'Rewrite my summary' }).click();
  await expect(page.getByRole('button', { name: 'Go back to the previous summary' })).toBeVisible();
  expect(aiCalls).toHaveLength(2);
  await expect(page.getByText('may be out of date')).toHaveCount(0);
  await expect(page.getByText('My own line.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Go back to the previous summary' }).click();
  await expect(page.getByText('My own line.')).toBeVisible();
});

test('an AI outage keeps every answer: the built-in guide steps in, and a failed request offers a retry', async ({ page }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'We talked about my promotion case and I felt unsure about the timing.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await page.getByRole('button', { name: 'Use the AI guide' }).click();
  await expect(page.locator('.follow-up-question')).toHaveCount(1);

  await setStubMode(page, 'status-500');
  await typeInto(followUpBox(page), 'It turned when budgets came up.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.getByText('The AI guide did not answer, so the built-in guide answered instead.')).toBeVisible();
  await expect(page.locator('.follow-up-question')).toHaveCount(2);

  // The server itself unreachable: the request fails, the UI says so and offers a retry.
  await page.route('**/api/ai/follow-up', (route) => route.abort('connectionrefused'));
  await typeInto(followUpBox(page).nth(1), 'Budget talk makes me quiet.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The guide could not be reached. Your writing is saved on this device.');
  await expect(answerBox(page)).toHaveValue('We talked about my promotion case and I felt unsure about the timing.');
  await expect(followUpBox(page).nth(1)).toHaveValue('Budget talk makes me quiet.');

  await setStubMode(page, 'ok');
  await page.unroute('**/api/ai/follow-up');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.follow-up-question')).toHaveCount(3);
  await expect(page.locator('.follow-up-question').nth(2)).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('with the built-in guide, nothing is sent to /api/ai, and a follow-up can be skipped', async ({ page }) => {
  const aiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/ai/')) aiCalls.push(request.url());
  });
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'My mentor suggested a one-page plan, and I felt relieved to have a start.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await page.getByRole('button', { name: 'Use the built-in guide' }).click();
  await expect(page.locator('.follow-up-question').first()).toContainText('?');
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByText('Skipped.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go deeper' })).toBeEnabled();
  for (let i = 2; i <= 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
  await expect(page.getByText('Made by the built-in guide from your own words.', { exact: false })).toBeVisible();

  // The choice is remembered on the next visit: no disclosure, still nothing sent.
  await openRunner(page, '/reflect/after-the-meeting/');
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'The advice about agendas stayed with me.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.locator('.follow-up-question')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Before the guide answers' })).toHaveCount(0);
  expect(aiCalls).toEqual([]);
});

test('starting again asks first, and clears the draft only when confirmed', async ({ page }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'Something worth keeping.');
  await page.getByRole('button', { name: 'Start this reflection again' }).click();
  await expect(page.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(answerBox(page)).toHaveValue('Something worth keeping.');
  await page.getByRole('button', { name: 'Start this reflection again' }).click();
  await page.getByRole('button', { name: 'Yes, clear and start again' }).click();
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
});

test('a change in another tab is announced, never swapped in silently', async ({ page, context }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'Written in the first tab.');
  await expectSaved(page);

  const second = await context.newPage();
  await openRunner(second);
  await expect(answerBox(second)).toHaveValue('Written in the first tab.');
  await typeInto(answerBox(second), ' And more in the second.');
  await expectSaved(second);

  await page.bringToFront();
  await expect(page.getByText('This reflection was changed in another tab.')).toBeVisible();
  await expect(answerBox(page)).toHaveValue('Written in the first tab.');
  await page.getByRole('button', { name: "Show the other tab's version" }).click();
  await expect(answerBox(page)).toHaveValue('Written in the first tab. And more in the second.');
});

test('another tab’s "Start again" is announced, and keeping this version tells the other tab in turn', async ({ page, context }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'Do not lose this.');
  await expectSaved(page);

  const second = await context.newPage();
  await openRunner(second);
  await second.getByRole('button', { name: 'Start this reflection again' }).click();
  await second.getByRole('button', { name: 'Yes, clear and start again' }).click();
  await expect(second.getByRole('heading', { name: 'Before you begin' })).toBeVisible();

  await page.bringToFront();
  await expect(page.getByText('This reflection was cleared in another tab')).toBeVisible();
  await expect(answerBox(page)).toHaveValue('Do not lose this.');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Keep this version' }).click();

  await second.bringToFront();
  await expect(second.getByText('This reflection was changed in another tab.')).toBeVisible();
  await second.getByRole('button', { name: "Show the other tab's version" }).click();
  await expect(answerBox(second)).toHaveValue('Do not lose this.');
});

test('the runner works by keyboard alone, and typed text stays where it was typed', async ({ page }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(answerBox(page)).toBeFocused();
  await page.keyboard.type('Typed with the keyboard only.', { delay: 25 });
  await expect(answerBox(page)).toHaveValue('Typed with the keyboard only.');
  await page.keyboard.press('Tab'); // Back
  await page.keyboard.press('Tab'); // Go deeper
  await expect(page.getByRole('button', { name: 'Go deeper' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Prompt 2 of 5')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  // Past the (empty) answer box to Back, which returns to the first prompt with its text.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(answerBox(page)).toHaveValue('Typed with the keyboard only.');
});
