// The mentor's reply, end to end: the owner shares a saved reflection, the mentor replies from a fresh browser (typed,
// by keyboard; an offline send keeps the text), the owner reads the replies in the journal, deletes one, revokes the
// link, and the replies are gone on both sides.
import { expect, test, type Page } from '@playwright/test';
import { ANSWERS, openJournal, reflectToSummary, saveToJournal } from './journal-steps';
import { axeViolations } from './support';

const SHOTS = '/tmp/shots-replies';
const FIRST = 'Good progress. <b>Bring</b> the revised plan on Thursday and we will go through it line by line.';
const SECOND = 'One more thing: ask Sam how the last launch review went.';
const THIRD = 'Written on the train, sent once the connection came back.';

const replyBox = (page: Page) => page.getByLabel('Reply to the person who shared this');

/** Types a reply and sends it the way a keyboard user does: type, Tab to Send, Enter. */
async function typeAndSend(page: Page, text: string) {
  await replyBox(page).click();
  await page.keyboard.type(text, { delay: 15 });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a mentor replies from a fresh browser; the owner reads, deletes one, and revokes', async ({ page, browser }) => {
  await reflectToSummary(page, ANSWERS);
  await saveToJournal(page);
  await page.getByRole('button', { name: 'Share with my mentor' }).click();
  await page.getByRole('radio', { name: '7 days' }).check();
  await page.getByRole('button', { name: 'Create link' }).click();
  const link = await page.getByLabel('Your link').inputValue();

  const mentor = await browser.newContext();
  const mentorPage = await mentor.newPage();
  const dialogs: string[] = [];
  mentorPage.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await mentorPage.goto(link);
  await expect(mentorPage.getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
  await expect(mentorPage.getByText('No replies yet.')).toBeVisible();
  await expect(mentorPage.getByText('Anyone who has this link can read your reply.')).toBeVisible();

  await typeAndSend(mentorPage, FIRST);
  const thread = mentorPage.locator('.reply-thread');
  await expect(thread.locator('.reply-text')).toHaveText([FIRST]);
  await expect(mentorPage.getByText('Your reply was sent.', { exact: false })).toBeVisible();
  await expect(replyBox(mentorPage)).toHaveValue('');
  await expect(mentorPage.locator('article b')).toHaveCount(0);
  await typeAndSend(mentorPage, SECOND);
  await expect(thread.locator('.reply-text')).toHaveText([FIRST, SECOND]);

  // Offline: the reply is not sent, the text stays, and the page says so; back online, the same text goes.
  await mentor.setOffline(true);
  await typeAndSend(mentorPage, THIRD);
  await expect(mentorPage.getByRole('alert')).toContainText('You seem to be offline, so your reply was not sent.');
  await expect(replyBox(mentorPage)).toHaveValue(THIRD);
  await mentorPage.screenshot({ path: `${SHOTS}/viewer-offline.png`, fullPage: true });
  await mentor.setOffline(false);
  await mentorPage.getByRole('button', { name: 'Send' }).press('Enter');
  await expect(thread.locator('.reply-text')).toHaveText([FIRST, SECOND, THIRD]);
  await expect(mentorPage.getByRole('alert')).toHaveCount(0);
  expect(await axeViolations(mentorPage)).toEqual([]);
  await mentorPage.screenshot({ path: `${SHOTS}/viewer-thread.png`, fullPage: true });

  // The owner's journal fetches the replies: under the reflection and under the shared link.
  await openJournal(page);
  await expect(page.locator('#journal-status')).toContainText('3 new replies to your shared links: read them under “Shared links”.');
  const entryReplies = page.locator('.entry-replies');
  await expect(entryReplies.getByRole('heading', { name: 'Your mentor replied' })).toBeVisible();
  await expect(entryReplies.locator('.reply-text')).toHaveText([FIRST, SECOND, THIRD]);
  const shared = page.getByRole('region', { name: 'Shared links' });
  await expect(shared.locator('.reply-text')).toHaveText([FIRST, SECOND, THIRD]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/journal-replies.png`, fullPage: true });

  // Delete the second reply: asked first, the safe choice takes the focus.
  await shared.getByRole('button', { name: 'Delete this reply' }).nth(1).click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  // "Keep it" hands focus back to the reply's own Delete, and Enter there asks again.
  await page.keyboard.press('Enter');
  await expect(shared.getByRole('button', { name: 'Delete this reply' }).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/journal-delete-confirm.png`, fullPage: true });
  await page.getByRole('button', { name: 'Yes, delete the reply' }).click();
  await expect(page.locator('#journal-status')).toHaveText('The reply is deleted.');
  // Focus stays in the link's card, on its first button (the first reply's Delete), not back at the top of the page.
  await expect(shared.getByRole('button', { name: 'Delete this reply' }).first()).toBeFocused();
  await expect(shared.locator('.reply-text')).toHaveText([FIRST, THIRD]);
  await expect(entryReplies.locator('.reply-text')).toHaveText([FIRST, THIRD]);
  await mentorPage.reload();
  await expect(thread.locator('.reply-text')).toHaveText([FIRST, THIRD]);

  // Revoke: the link stops working and the replies leave the journal.
  await shared.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('button', { name: 'Keep the link' })).toBeFocused();
  await expect(page.getByRole('alertdialog', { name: 'Revoke this link?' })).toContainText('Whoever has it can no longer read it, and the 2 replies to it are deleted. This cannot be undone.');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/journal-revoke-confirm.png`, fullPage: true });
  await page.getByRole('button', { name: 'Yes, revoke the link' }).click();
  await expect(page.getByText(/^Revoked: the link to “.+” no longer works, and its 2 replies are deleted\.$/)).toBeVisible();
  await expect(page.getByText('Your mentor replied')).toHaveCount(0);
  // Nothing of the replies stays in this browser either.
  expect(await page.evaluate((texts) => Object.values(localStorage).filter((stored) => texts.some((t) => stored.includes(t))), [FIRST, THIRD])).toEqual([]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Shared links' })).toBeVisible();
  await expect(page.getByText('Your mentor replied')).toHaveCount(0);
  await mentorPage.reload();
  await expect(mentorPage.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
  expect(dialogs).toEqual([]);
  await mentor.close();
});
