// Offline with the AI guide chosen: the failure says so, offers the built-in guide (which needs no connection) with
// the focus on it, and Enter gets its question; every answer stays. Nothing of the stub is changed: offline, the
// requests never leave the browser. (An AI guide that answers with an error: faults.spec.ts.)
import { expect, test } from '@playwright/test';
import { answerBox, followUpBox, landedQuestions, openRunner, typeInto } from './support';

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
