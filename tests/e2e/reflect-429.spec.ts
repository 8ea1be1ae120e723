// The AI guide refusing for a while (429, too many requests from this address): the runner says when to try again,
// keeps the person's text, and offers the built-in guide for this request at once, by keyboard.
//
// The 429 here comes from page.route, not from the server: the e2e server's limits are 1000 a minute for the whole
// suite (every spec calls the AI from 127.0.0.1 at once), and lowering them for one test would refuse the others.
// So this cannot show what production relies on: that the function counts by the address Netlify gives it
// (context.ip), ignores X-Forwarded-For, and answers 429 with Retry-After once the limit is passed. That is tested
// with the real handlers in tests/api/ai-rate-limit.test.ts.
import { expect, test } from '@playwright/test';
import { answerBox, landedQuestions, openRunner, recordAnnouncements, typeInto } from './support';

const REFUSAL = {
  error: { code: 'too_many_requests', message: 'Too many requests from your address. Try again in 40 seconds.' },
};
const SENTENCE =
  'Too many requests came from your connection. Your writing is saved on this device. Try again in 40 seconds, or use the built-in guide now.';

test('a 429 says when to try again, keeps the answer, and the built-in guide answers this request at once', async ({
  page,
}) => {
  const answer = 'We talked about my promotion case and I felt unsure about the timing.';
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page), answer);
  await page.route('**/api/ai/follow-up', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'Retry-After': '40', 'Content-Type': 'application/json' },
      body: JSON.stringify(REFUSAL),
    }),
  );
  const announced = await recordAnnouncements(page);

  await page.getByRole('button', { name: 'Go deeper' }).click();
  await page.getByRole('button', { name: 'Use the AI guide' }).click();

  // Shown under the step (not as an alert: the status line said it).
  const failure = page.locator('.runner .error');
  await expect(failure.getByText(SENTENCE)).toBeVisible();
  await expect.poll(announced).toContain(SENTENCE);
  await expect(answerBox(page)).toHaveValue(answer);
  const useBuiltIn = page.getByRole('button', { name: 'Use the built-in guide' });
  await expect(useBuiltIn).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(landedQuestions(page)).toHaveCount(1);
  await expect(failure).toHaveCount(0);
  await expect(answerBox(page)).toHaveValue(answer);

  // For this request only: the person's choice of the AI guide stands.
  await page.getByText('Guide settings').first().click();
  await expect(page.getByRole('radio', { name: /The AI guide/ })).toBeChecked();
});
