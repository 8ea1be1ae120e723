// The AI guide failing: the stub answers 500, then the server cannot be reached. The stub's mode is global, so
// this file runs in its own project after every other browser test (playwright.config.ts).
import { expect, test } from '@playwright/test';
import { STUB_QUESTION, answerBox, followUpBox, landedQuestions, openRunner, setStubMode, typeInto } from './support';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await setStubMode(page, 'ok');
});

test('an AI outage keeps every answer: the built-in guide steps in, and a failed request offers a retry', async ({
  page,
}) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), 'We talked about my promotion case and I felt unsure about the timing.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await page.getByRole('button', { name: 'Use the AI guide' }).click();
  await expect(landedQuestions(page)).toHaveCount(1);

  await setStubMode(page, 'status-500');
  await typeInto(followUpBox(page), 'It turned when budgets came up.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.getByText('The AI guide did not answer, so the built-in guide answered instead.')).toBeVisible();
  await expect(landedQuestions(page)).toHaveCount(2);

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
  await expect(landedQuestions(page)).toHaveCount(3);
  await expect(page.locator('.follow-up-question').nth(2)).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
