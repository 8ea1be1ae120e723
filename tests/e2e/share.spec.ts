// Sharing a summary in a real browser: the mentor reads it in a fresh browser with the note exactly as typed (markup
// stays text), the owner revokes it, and broken or unknown links all end in the same polite page.
import { expect, test, type Page } from '@playwright/test';
import { ANSWERS, openJournal, saveToJournal, seededToSummary } from './journal-steps';
import { mentorOpens, useJourneyBrowser } from './loop-steps';
import { axeViolations } from './support';

test.describe('share → the mentor reads it in a fresh browser → the owner revokes → the mentor sees "not available"', () => {
  // One journey in steps that go on in the same two browsers; the mentor's page is checked with axe in a test of its
  // own (this check ran inside the journey before; see lookTest in loop-steps.ts).
  test.describe.configure({ mode: 'serial' });

  // The built-in summary quotes the longest answer's first sentence, so this markup reaches the shared summary. The
  // answers are setup data (seededToSummary); the way to a shared summary by typing is loop.spec.ts's and
  // keyboard.spec.ts's.
  const markup =
    'The whiteboard said <img src=x onerror=alert(1)> and <script>alert(3)</script> in big letters during our long review meeting.';
  const note = 'Looking forward to Thursday. <img src=x onerror=alert(1)> <script>alert(2)</script>';
  const journey = useJourneyBrowser();
  let mentorPage: Page;
  let link: string;
  let dialogs: string[] = [];
  const page = journey.page;

  test('1. a summary with markup in it is saved and shared for a day, with a typed note', async () => {
    await seededToSummary(page(), [
      `${markup} It took most of the hour and left me thinking about it all week long.`,
      ...ANSWERS.slice(1),
    ]);
    await saveToJournal(page());
    await page().getByRole('button', { name: 'Share with my mentor' }).click();
    await page().getByRole('radio', { name: '1 day' }).check();
    await page().getByLabel('A note for your mentor (optional)').pressSequentially(note, { delay: 20 });
    await expect(page().getByLabel('A note for your mentor (optional)')).toHaveValue(note);
    await page().getByRole('button', { name: 'Create link' }).click();
    link = await page().getByLabel('Your link').inputValue();
    expect(link).toMatch(/\/s\/#[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  });

  test('2. the mentor reads it in a fresh browser: the note and the summary as written, markup as text', async ({
    browser,
  }) => {
    const opened = journey.closeAfter(await mentorOpens(browser, link));
    [mentorPage, dialogs] = [opened.page, opened.dialogs];
    await expect(mentorPage.getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
    await expect(mentorPage.getByText(note)).toBeVisible();
    await expect(mentorPage.getByRole('heading', { name: 'Next steps' })).toBeVisible();
    await expect(
      mentorPage
        .locator('.summary')
        .getByText('<img src=x onerror=alert(1)> and <script>alert(3)</script>', { exact: false }),
    ).toBeVisible();
    await expect(mentorPage.locator('article img, article script')).toHaveCount(0);
    // The lines that invite the writer to add something are theirs, not the mentor's.
    await expect(mentorPage.locator('.summary')).not.toContainText('add it here');
    // The built-in guide's "you wrote" would read as the mentor: they read "they wrote".
    await expect(mentorPage.locator('.summary')).toContainText('”, they wrote “The whiteboard said');
    await expect(mentorPage.locator('.summary')).not.toContainText('you wrote');
    expect(dialogs).toEqual([]);
  });

  test('the shared summary, as the mentor reads it: no axe violations', async () => {
    expect(await axeViolations(mentorPage)).toEqual([]);
  });

  test('3. the skip link and the part after # move nothing but focus, and another link opens in the same tab', async () => {
    // The skip link moves focus to the content and leaves the address (which holds the key) and the page as they are.
    await mentorPage.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await mentorPage.keyboard.press('Tab');
    await expect(mentorPage.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await mentorPage.keyboard.press('Enter');
    await expect(mentorPage.locator('main')).toBeFocused();
    expect(mentorPage.url()).toBe(link);
    await expect(mentorPage.getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
    expect(await mentorPage.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
      true,
    );
    // An in-page anchor that does change the part after # (none on this page but the skip link) reloads nothing.
    await mentorPage.evaluate(() => (location.hash = '#main'));
    await expect(mentorPage).toHaveURL(/#main$/);
    await expect(mentorPage.getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
    expect(await mentorPage.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
      true,
    );
    // Another link opened in the same tab changes only the part after #: the page opens that one, not the last.
    await mentorPage.goto(`${new URL(link).origin}/s/#${'A'.repeat(22)}.${'B'.repeat(43)}`);
    await expect(mentorPage.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
    await mentorPage.goto(link);
    await expect(mentorPage.getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
  });

  test('4. the owner revokes from the journal (asked first; Escape keeps it), and the mentor sees "not available"', async () => {
    await openJournal(page());
    // Asked first; Escape keeps the link and hands focus back to Revoke, where Enter asks again.
    await page().getByRole('button', { name: 'Revoke' }).click();
    await expect(page().getByRole('button', { name: 'Keep the link' })).toBeFocused();
    await page().keyboard.press('Escape');
    await expect(page().getByRole('alertdialog')).toHaveCount(0);
    await expect(page().getByRole('button', { name: 'Revoke' })).toBeFocused();
    await page().keyboard.press('Enter');
    await expect(page().getByRole('button', { name: 'Keep the link' })).toBeFocused();
    await page().getByRole('button', { name: 'Yes, revoke the link' }).click();
    await expect(page().getByText(/^Revoked: the link to “.+” no longer works\.$/)).toBeVisible();
    await mentorPage.reload();
    await expect(mentorPage.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
    expect(dialogs).toEqual([]);
  });
});

test('broken and tampered links all say the same polite "not available"', async ({ page }) => {
  for (const hash of ['', '#nonsense', `#${'A'.repeat(22)}.${'B'.repeat(43)}`]) {
    await page.goto(`/s/${hash}`);
    await expect(page.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
  }
});
