// The reflection runner as people use it: typed at human speed, moved through with buttons and keys, reloaded,
// with either coach. Text a person writes is typed, never fill()ed.
import { expect, test } from '@playwright/test';
import { useJourneyBrowser } from './loop-steps';
import {
  STUB_QUESTION,
  answerBox,
  axeViolations,
  chooseBuiltInCoach,
  followUpBox,
  landedQuestions,
  openRunner,
  ready,
  recordAnnouncements,
  setStubMode,
  typeInto,
} from './support';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await setStubMode(page, 'ok');
});

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
  await ready(page);
  await expect(page.getByText('Prompt 2 of 5')).toBeVisible();
  await expect(answerBox(page)).toHaveValue('Second answer, typed just before the reload');
  await expect(page.getByText('We brought back your draft from this device.')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(answerBox(page)).toHaveValue('First answer, kept.');
});

test.describe('a full reflection with the AI guide, from first prompt to downloaded summary', () => {
  // Steps that go on in one browser; each state is checked with axe in a test of its own (these checks ran inside the
  // journey before; see lookTest in loop-steps.ts).
  const journey = useJourneyBrowser();
  let announced: () => Promise<string[]>;
  const page = journey.page;
  const axeTest = (state: string) =>
    test(`${state}: no axe violations`, async () => {
      expect(await axeViolations(page())).toEqual([]);
    });

  test('1. the runner opens on its intro', async () => {
    await openRunner(page());
  });
  axeTest('the intro');

  test('2. Begin, the first answer typed; "Go deeper" first says what is sent', async () => {
    await page().getByRole('button', { name: 'Begin' }).click();
    await expect(page().getByText('Prompt 1 of 5')).toBeVisible();
    await expect(page().getByRole('heading', { level: 2 })).toBeFocused();
    await typeInto(answerBox(page()), 'The launch slipped a week and I had a hard talk with my lead.');
    await page().getByRole('button', { name: 'Go deeper' }).click();
    await expect(page().getByRole('heading', { name: 'Before the guide answers' })).toBeVisible();
    await expect(page().locator('.disclosure').getByText('Google Gemini, through our server')).toBeVisible();
  });
  axeTest('the AI disclosure');

  test('3. the AI guide’s question, announced once and whole; the person answers it', async () => {
    announced = await recordAnnouncements(page());
    await page().getByRole('button', { name: 'Use the AI guide' }).click();
    await expect(page().locator('.follow-up-question').first()).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
    // Announced once, complete — not token by token. Polled: the question is on screen a moment before the reply's
    // stream has ended and the announcement is made (a gap a busy machine can show).
    await expect.poll(announced).toEqual([`Your guide asks: ${STUB_QUESTION}`]);
    await typeInto(followUpBox(page()), 'My lead asked for a new date and I froze.');
  });
  axeTest('a follow-up answered');

  test('4. the other prompts typed, each heading focused, then the review', async () => {
    for (let i = 2; i <= 5; i++) {
      await page().getByRole('button', { name: 'Next' }).click();
      await expect(page().getByText(`Prompt ${i} of 5`)).toBeVisible();
      await expect(page().getByRole('heading', { level: 2 })).toBeFocused();
      await typeInto(answerBox(page()), `Answer ${i}: I will ask my mentor about planning.`);
    }
    await page().getByRole('button', { name: 'Review' }).click();
    await expect(page().getByRole('heading', { name: 'Review your answers' })).toBeFocused();
    await expect(page().getByText('Answer 3: I will ask my mentor about planning.')).toBeVisible();
  });
  axeTest('the review');

  test('5. the summary in its five sections, announced', async () => {
    await page().getByRole('button', { name: 'Write my summary' }).click();
    await expect(page().getByRole('heading', { name: 'Your summary' })).toBeFocused();
    for (const section of ['What stood out', 'Strengths', 'Growth edges', 'Next steps', 'Questions for your mentor']) {
      await expect(page().getByRole('heading', { level: 3, name: section })).toBeVisible();
    }
    await expect(page().getByText('Send your mentor a two-line agenda by Friday.')).toBeVisible();
    await expect.poll(announced).toContain('Your summary is ready.');
  });
  axeTest('the summary');

  test('6. downloaded as Markdown', async () => {
    const downloadPromise = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Download (.md)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^prepare-for-meeting-\d{4}-\d{2}-\d{2}\.md$/);
    let markdown = '';
    for await (const chunk of await download.createReadStream()) markdown += String(chunk);
    expect(markdown).toContain('# Prepare for your next meeting');
    expect(markdown).toContain('## Next steps\n\n- Send your mentor a two-line agenda by Friday.');
  });
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
  // The skipped box is gone; the focus goes on to Go deeper, not to the page.
  await expect(page.getByRole('button', { name: 'Go deeper' })).toBeFocused();
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
  await expect(landedQuestions(page)).toHaveCount(1);
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
