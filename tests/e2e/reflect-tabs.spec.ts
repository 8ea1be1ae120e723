// Two tabs of one browser on the same reflection: every change from the other tab is announced with a choice,
// never swapped in or saved over silently.
import { expect, test, type Page } from '@playwright/test';
import { lookTest, useJourneyBrowser } from './loop-steps';
import { answerBox, expectSaved, openRunner, setStubMode, typeInto } from './support';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await setStubMode(page, 'ok');
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

test.describe('another tab’s "Start again" is announced, and keeping this version tells the other tab in turn', () => {
  // Steps that go on in one browser with two tabs; the notice is checked with axe in a test of its own after the step
  // that shows it (this check ran inside the test before; see lookTest in loop-steps.ts).
  const journey = useJourneyBrowser();
  const page = journey.page;
  let second: Page;

  test('1. a draft typed here, cleared in a second tab: this tab says so and keeps its words', async () => {
    await openRunner(page());
    await page().getByRole('button', { name: 'Begin' }).click();
    await typeInto(answerBox(page()), 'Do not lose this.');
    await expectSaved(page());

    second = await journey.context().newPage();
    await openRunner(second);
    await second.getByRole('button', { name: 'Start this reflection again' }).click();
    await second.getByRole('button', { name: 'Yes, clear and start again' }).click();
    await expect(second.getByRole('heading', { name: 'Before you begin' })).toBeVisible();

    await page().bringToFront();
    await expect(page().getByText('This reflection was cleared in another tab')).toBeVisible();
    await expect(answerBox(page())).toHaveValue('Do not lose this.');
  });
  lookTest('tabs-cleared-elsewhere', page);

  test('2. keeping this version is announced in the other tab, which can show it', async () => {
    await page().getByRole('button', { name: 'Keep this version' }).click();

    await second.bringToFront();
    await expect(second.getByText('This reflection was changed in another tab.')).toBeVisible();
    await second.getByRole('button', { name: "Show the other tab's version" }).click();
    await expect(answerBox(second)).toHaveValue('Do not lose this.');
  });
});
