// The safety gate with the AI guide (the Gemini stub behind our server), typed at human speed: see safety-steps.ts.
// The server says which kind each answer was in X-Guide-Safety; an update with a sign or words of harm is not tightened.
import { expect, test, type Page } from '@playwright/test';
import { safetyJourneys } from './safety-steps';
import { axeViolations, openIsland, typeInto } from './support';

safetyJourneys('ai');

/** Opens the update page in a browser that already chose the AI guide and saw its disclosure (setup), and drafts. */
async function draftUpdateWithAi(page: Page) {
  await openIsland(page, '/journal/update/');
  await page.evaluate(() =>
    localStorage.setItem('lodestar:prefs', JSON.stringify({ guide: 'ai', disclosed: true, tone: 'gentle' })),
  );
  await page.reload();
  await openIsland(page, '/journal/update/');
  await page.getByRole('button', { name: 'Draft my update' }).click();
  return page.getByRole('textbox', { name: 'Your update for your mentor' });
}

test('the AI guide does not tighten an update with a warning sign: the safety message, and the draft is kept', async ({
  page,
}) => {
  const box = await draftUpdateWithAi(page);
  const sentence = ' Honestly I have been thinking about ending my life.';
  await typeInto(box, sentence);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/ai/update'));
  await page.getByRole('button', { name: 'Tighten with the AI guide' }).click();
  expect((await answered).headers()['x-guide-safety']).toBe('crisis');
  await expect(page.locator('.safety')).toContainText('you deserve real support');
  await expect(box).toHaveValue(/Honestly I have been thinking about ending my life\./);
  expect(await axeViolations(page)).toEqual([]);
});

test('the AI guide leaves an update with words of harm in the person’s words, with the help line', async ({ page }) => {
  const box = await draftUpdateWithAi(page);
  await typeInto(box, ' I feel hopeless about everything lately.');
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/ai/update'));
  await page.getByRole('button', { name: 'Tighten with the AI guide' }).click();
  expect((await answered).headers()['x-guide-safety']).toBe('care');
  await expect(
    page.getByRole('status').filter({ hasText: 'The AI guide leaves an update like this in your own words.' }),
  ).toBeVisible();
  await expect(page.locator('.care-line')).toBeVisible();
  await expect(box).toHaveValue(/I feel hopeless about everything lately\./);
  expect(await axeViolations(page)).toEqual([]);
});
