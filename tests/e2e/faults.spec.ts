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

  await setStubMode(page, 'ok');
  await page.unroute('**/api/ai/follow-up');
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(landedQuestions(page)).toHaveCount(3);
  await expect(page.locator('.follow-up-question').nth(2)).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
  await expect(failure).toHaveCount(0);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('offline with the AI guide chosen: the runner says so and the built-in guide asks, by keyboard', async ({
    page,
    context,
  }) => {
    const answer = 'We talked about my promotion case and I felt unsure about the timing.';
    await openRunner(page);
    await page.getByRole('button', { name: 'Begin' }).click();
    await typeInto(answerBox(page), answer);
    await page.getByRole('button', { name: 'Go deeper' }).click();
    await page.getByRole('button', { name: 'Use the AI guide' }).click();
    await expect(landedQuestions(page)).toHaveCount(1);

    // After one visit, as the site promises: the service worker holds every file the runner may still load.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Off and on again: Chromium under Playwright only fires the page's offline event on a change it sees.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect(page.getByText('You are offline. Your writing is still saved on this device')).toBeVisible();
    await typeInto(followUpBox(page), 'It turned when budgets came up.');
    await page.getByRole('button', { name: 'Go deeper' }).click();
    const failure = page.locator('.runner .error');
    await expect(failure).toContainText('You are offline. Your writing is saved on this device.');
    await expect(failure.getByRole('button', { name: 'Use the built-in guide' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(landedQuestions(page)).toHaveCount(2);
    await expect(failure).toHaveCount(0);
    await expect(followUpBox(page).first()).toHaveValue('It turned when budgets came up.');
    await context.setOffline(false);
  });
});
