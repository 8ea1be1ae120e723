// The AI guide failing: Gemini answers 500 and the built-in guide steps in, then the server cannot be reached and the
// runner offers a retry. The stub fails only the requests that carry this test's own words (stubFailsWhen), so it runs
// beside every other browser test; failures that need no change to the stub (offline, say) are in
// offline-ai-guide.spec.ts.
import { expect, test } from '@playwright/test';
import { STUB_QUESTION, answerBox, followUpBox, landedQuestions, openRunner, stubFailsWhen, typeInto } from './support';

/** Words no other test types: while they are set to fail, only this test's requests carry them. */
const FAILING_WORDS = 'It turned sour when the budget for the offsite came up.';

test('an AI outage keeps every answer: the built-in guide steps in, and a failed request offers a retry', async ({
  page,
}) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'We talked about my promotion case and I felt unsure about the timing.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await page.getByRole('button', { name: 'Use the AI guide' }).click();
  await expect(landedQuestions(page)).toHaveCount(1);

  await stubFailsWhen(page, FAILING_WORDS);
  await typeInto(followUpBox(page), FAILING_WORDS);
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.getByText('The AI guide did not answer, so the built-in guide answered instead.')).toBeVisible();
  await expect(landedQuestions(page)).toHaveCount(2);

  // The server itself unreachable: the request fails, the UI says so (in the status line) and offers a retry, or
  // the built-in guide at once, which needs no connection.
  await page.route('**/api/ai/follow-up', (route) => route.abort('connectionrefused'));
  await typeInto(followUpBox(page).nth(1), 'Budget talk makes me quiet.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  const failure = page.locator('.runner .error');
  await expect(failure).toContainText('The guide could not be reached. Your writing is saved on this device.');
  await expect(failure.getByRole('button', { name: 'Use the built-in guide' })).toBeFocused();
  await expect(answerBox(page)).toHaveValue('We talked about my promotion case and I felt unsure about the timing.');
  await expect(followUpBox(page).nth(1)).toHaveValue('Budget talk makes me quiet.');

  await stubFailsWhen(page, FAILING_WORDS, false);
  await page.unroute('**/api/ai/follow-up');
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(landedQuestions(page)).toHaveCount(3);
  await expect(page.locator('.follow-up-question').nth(2)).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
  await expect(failure).toHaveCount(0);
});
