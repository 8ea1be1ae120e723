// The mentor's reply, end to end: the owner shares a saved reflection, the mentor replies from a fresh browser (typed,
// by keyboard; an offline send keeps the text), the owner reads the replies in the journal, deletes one, revokes the
// link, and the replies are gone on both sides.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ANSWERS, openJournal, saveToJournal, seededToSummary } from './journal-steps';
import { mentorOpens, useJourneyBrowser } from './loop-steps';
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

test.describe('a mentor replies from a fresh browser; the owner reads, deletes one, and revokes', () => {
  // One journey in steps that go on in the same two browsers; each state it reaches is checked with axe in a test of
  // its own (these checks ran inside the journey before; see lookTest in loop-steps.ts).
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  let mentor: BrowserContext;
  let mentorPage: Page;
  let link: string;
  let dialogs: string[] = [];
  const page = journey.page;
  const thread = () => mentorPage.locator('.reply-thread');
  const shared = () => page().getByRole('region', { name: 'Shared links' });
  const entryReplies = () => page().locator('.entry-replies');
  const axeTest = (name: string, of: () => Page) =>
    test(`${name}: no axe violations`, async () => {
      expect(await axeViolations(of())).toEqual([]);
      await of().screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    });

  test('1. the owner saves a reflection and shares it for seven days', async () => {
    // The answers are setup data (seededToSummary); the way to a shared summary by typing is loop.spec.ts's.
    await seededToSummary(page(), ANSWERS);
    await saveToJournal(page());
    await page().getByRole('button', { name: 'Share with my mentor' }).click();
    await page().getByRole('radio', { name: '7 days' }).check();
    await page().getByRole('button', { name: 'Create link' }).click();
    link = await page().getByLabel('Your link').inputValue();
  });

  test('2. the mentor opens the link in a fresh browser: no replies yet', async ({ browser }) => {
    const opened = journey.closeAfter(await mentorOpens(browser, link));
    [mentor, mentorPage, dialogs] = [opened.context, opened.page, opened.dialogs];
    await expect(mentorPage.getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
    await expect(mentorPage.getByText('No replies yet.')).toBeVisible();
    await expect(mentorPage.getByText('Anyone who has this link can read your reply.')).toBeVisible();
  });

  test('3. two replies, typed and sent by keyboard; markup in them stays text', async () => {
    await typeAndSend(mentorPage, FIRST);
    await expect(thread().locator('.reply-text')).toHaveText([FIRST]);
    await expect(mentorPage.getByText('Your reply was sent.', { exact: false })).toBeVisible();
    await expect(replyBox(mentorPage)).toHaveValue('');
    await expect(mentorPage.locator('article b')).toHaveCount(0);
    await typeAndSend(mentorPage, SECOND);
    await expect(thread().locator('.reply-text')).toHaveText([FIRST, SECOND]);
  });

  test('4. offline: the reply is not sent, the text stays, and the page says so; back online, the same text goes', async () => {
    await mentor.setOffline(true);
    await typeAndSend(mentorPage, THIRD);
    await expect(mentorPage.getByRole('alert')).toContainText('You seem to be offline, so your reply was not sent.');
    await expect(replyBox(mentorPage)).toHaveValue(THIRD);
    await mentorPage.screenshot({ path: `${SHOTS}/viewer-offline.png`, fullPage: true });
    await mentor.setOffline(false);
    await mentorPage.getByRole('button', { name: 'Send' }).press('Enter');
    await expect(thread().locator('.reply-text')).toHaveText([FIRST, SECOND, THIRD]);
    await expect(mentorPage.getByRole('alert')).toHaveCount(0);
  });
  axeTest('viewer-thread', () => mentorPage);

  test('5. the owner’s journal fetches the replies: under the reflection and under the shared link', async () => {
    await openJournal(page());
    await expect(page().locator('#journal-status')).toContainText(
      '3 new replies to your shared links: read them under “Shared links”.',
    );
    await expect(entryReplies().getByRole('heading', { name: 'Your mentor replied' })).toBeVisible();
    await expect(entryReplies().locator('.reply-text')).toHaveText([FIRST, SECOND, THIRD]);
    await expect(shared().locator('.reply-text')).toHaveText([FIRST, SECOND, THIRD]);
  });
  axeTest('journal-replies', page);

  test('6. deleting a reply asks first; "Keep it" hands focus back to the reply’s Delete, and Enter there asks again', async () => {
    await shared().getByRole('button', { name: 'Delete this reply' }).nth(1).click();
    await expect(page().getByRole('button', { name: 'Keep it' })).toBeFocused();
    await page().keyboard.press('Enter');
    await expect(shared().getByRole('button', { name: 'Delete this reply' }).nth(1)).toBeFocused();
    await page().keyboard.press('Enter');
    await expect(page().getByRole('button', { name: 'Keep it' })).toBeFocused();
  });
  axeTest('journal-delete-confirm', page);

  test('7. the second reply is deleted on both sides; focus stays in the link’s card', async () => {
    await page().getByRole('button', { name: 'Yes, delete the reply' }).click();
    await expect(page().locator('#journal-status')).toHaveText('The reply is deleted.');
    // Focus stays in the link's card, on its first button (the first reply's Delete), not back at the top of the page.
    await expect(shared().getByRole('button', { name: 'Delete this reply' }).first()).toBeFocused();
    await expect(shared().locator('.reply-text')).toHaveText([FIRST, THIRD]);
    await expect(entryReplies().locator('.reply-text')).toHaveText([FIRST, THIRD]);
    await mentorPage.reload();
    await expect(thread().locator('.reply-text')).toHaveText([FIRST, THIRD]);
  });

  test('8. revoking asks first, and says the replies go with the link', async () => {
    await shared().getByRole('button', { name: 'Revoke' }).click();
    await expect(page().getByRole('button', { name: 'Keep the link' })).toBeFocused();
    await expect(page().getByRole('alertdialog', { name: 'Revoke this link?' })).toContainText(
      'Whoever has it can no longer read it, and the 2 replies to it are deleted. This cannot be undone.',
    );
  });
  axeTest('journal-revoke-confirm', page);

  test('9. revoked: the link stops working and the replies are gone on both sides and from this browser', async () => {
    await page().getByRole('button', { name: 'Yes, revoke the link' }).click();
    await expect(
      page().getByText(/^Revoked: the link to “.+” no longer works, and its 2 replies are deleted\.$/),
    ).toBeVisible();
    await expect(page().getByText('Your mentor replied')).toHaveCount(0);
    // Nothing of the replies stays in this browser either.
    expect(
      await page().evaluate(
        (texts) => Object.values(localStorage).filter((stored) => texts.some((t) => stored.includes(t))),
        [FIRST, THIRD],
      ),
    ).toEqual([]);
    await page().reload();
    await expect(page().getByRole('heading', { name: 'Shared links' })).toBeVisible();
    await expect(page().getByText('Your mentor replied')).toHaveCount(0);
    await mentorPage.reload();
    await expect(mentorPage.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
    expect(dialogs).toEqual([]);
  });
});
