// The summary is the person's: edited, kept, downloaded; back from the review to the same one; out of date after
// a changed answer, and a rewrite that keeps the old one.
import { expect, test, type Page } from '@playwright/test';
import { lookTest, useJourneyBrowser } from './loop-steps';
import { answerBox, chooseBuiltInCoach, openRunner, setStubMode, typeInto } from './support';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await setStubMode(page, 'ok');
});

/** From the first prompt: answers the first prompt, steps through the rest, and writes the summary. */
async function reachSummary(page: Page, firstAnswer: string) {
  await typeInto(answerBox(page), firstAnswer);
  for (let i = 2; i <= 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
}

test.describe('the summary is the person’s: edited words are what is shown, kept and downloaded', () => {
  // Steps that go on in one browser; the summary's editor is checked with axe in a test of its own after the step that
  // opens it (this check ran inside the test before; see lookTest in loop-steps.ts).
  const journey = useJourneyBrowser();
  const page = journey.page;

  test('1. up to the summary with the built-in guide; a next step typed into its editor', async () => {
    await openRunner(page());
    await chooseBuiltInCoach(page());
    await page().getByRole('button', { name: 'Begin' }).click();
    await reachSummary(page(), 'I want to lead the next planning meeting myself.');
    await page().getByRole('button', { name: 'Edit the summary' }).click();
    const editor = page().getByRole('textbox', { name: 'Summary text' });
    await expect(editor).toBeFocused();
    await page().keyboard.press('ControlOrMeta+End');
    await page().keyboard.type('\n- Book the planning room for Tuesday.', { delay: 25 });
  });
  lookTest('summary-editing', page);

  test('2. done editing: the edited words are shown, downloaded, and kept after a reload', async () => {
    await page().getByRole('button', { name: 'Done editing' }).click();
    await expect(page().getByRole('button', { name: 'Edit the summary' })).toBeFocused();
    await expect(page().getByRole('listitem').filter({ hasText: 'Book the planning room for Tuesday.' })).toBeVisible();
    await expect(page().getByText('Your edited summary. What you see here is what is saved and shared.')).toBeVisible();

    const downloadPromise = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Download (.md)' }).click();
    let markdown = '';
    for await (const chunk of await (await downloadPromise).createReadStream()) markdown += String(chunk);
    expect(markdown).toContain('- Book the planning room for Tuesday.');

    await page().reload();
    await expect(page().getByRole('listitem').filter({ hasText: 'Book the planning room for Tuesday.' })).toBeVisible();
  });
});

test('review goes back to the same summary; a changed answer marks it out of date and a rewrite keeps the old one', async ({
  page,
}) => {
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
  await expect(
    page.getByText('You changed your answers after this summary was written, so it may be out of date.'),
  ).toBeVisible();
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
