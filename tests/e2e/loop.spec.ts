// The mentorship loop in one go, as a person lives it: a reflection's next steps become commitments, one is marked
// done with a note, the next meeting's preparation opens with the open ones, that reflection is shared, the mentor
// replies from their own browser, the owner reads the reply in the journal and revokes the link. Then an update from
// two reflections, read and answered by the mentor; and a commitment marked done offline that reaches a second device.
import { expect, test } from '@playwright/test';
import { ANSWERS, openJournal, reflectToSummary, saveToJournal } from './journal-steps';
import { addNextStep, commitmentCard, look, lookNarrow, markDone, mentorOpens, shareLink, typeReplyAndSend } from './loop-steps';
import { answerBox, expectSaved } from './support';

const ADDED = 'Ask Priya to review my launch slides';
const NOTE = 'Priya said the story is clear; the numbers need a source.';
const REPLY = 'Well done on the slides. <b>Bring</b> the sources on Thursday and we will go through them.';

test('the whole loop: next steps → commitments → one done → the next preparation → shared → the mentor replies → revoked', async ({ page, browser }) => {
  // 1. A reflection after the meeting, with the built-in guide; the person adds a next step to the summary.
  await reflectToSummary(page, ANSWERS);
  await look(page, '01-summary');
  await addNextStep(page, ADDED);
  await look(page, '02-summary-editing');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await saveToJournal(page);
  await look(page, '03-saved');

  // 2. The journal lists the next steps as open commitments, the typed one among them.
  await openJournal(page);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Your commitments');
  const open = page.locator('.commitment-list').first().locator('.commitment');
  await expect(commitmentCard(page, ADDED)).toBeVisible();
  const openTexts = (await open.allInnerTexts()).map((t) => t.split('\n')[0]);
  expect(openTexts.length).toBeGreaterThanOrEqual(2);
  await look(page, '04-journal-commitments');
  await lookNarrow(page, '04-journal-commitments');

  // 3. Mark the typed one done, with a note typed on what happened.
  await markDone(page, ADDED, NOTE);
  await look(page, '05-mark-done-form');
  await page.keyboard.press('Enter');
  await expect(page.locator('#journal-status')).toHaveText(`Marked done: “${ADDED}”. Saved to your journal, encrypted.`);
  await expect(commitmentCard(page, ADDED)).toBeHidden();
  await look(page, '06-marked-done');

  // 4. "Prepare for your next meeting" opens with the open ones, and not the done one.
  await page.goto('/reflect/prepare-for-meeting/');
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await expect(page.getByText('First, a look at what you took on last time')).toBeVisible();
  await page.getByRole('button', { name: 'Begin' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Since last time' })).toBeFocused();
  await expect(page.getByRole('group', { name: ADDED })).toHaveCount(0);
  const groups = page.locator('.checkin-step fieldset');
  await expect(groups).toHaveCount(openTexts.length - 1);
  await look(page, '07-checkin');
  await lookNarrow(page, '07-checkin');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft'); // "Done", the first choice
  await page.keyboard.press('Tab');
  await page.keyboard.type('I sent it to Sam on Wednesday.', { delay: 20 });
  await expectSaved(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Prompt 1 of 5')).toBeVisible();
  await answerBox(page).click();
  await page.keyboard.type('I want to ask how to bring sources into a launch story.', { delay: 20 });
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: i === 4 ? 'Review' : 'Next' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
  await look(page, '08-prepare-summary');
  await saveToJournal(page);

  // 5. Share it; the mentor opens the link in a browser of their own and replies.
  const link = await shareLink(page);
  await look(page, '09-shared');
  const mentor = await mentorOpens(browser, link);
  await expect(mentor.page.getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
  await expect(mentor.page.getByText('No replies yet.')).toBeVisible();
  await look(mentor.page, '10-mentor-reads');
  await typeReplyAndSend(mentor.page, REPLY);
  await expect(mentor.page.locator('article b')).toHaveCount(0);
  await look(mentor.page, '11-mentor-replied');
  await lookNarrow(mentor.page, '11-mentor-replied');

  // 6. The owner's journal shows the reply under the reflection.
  await openJournal(page);
  const entry = page.locator('.journal-entries > li').filter({ has: page.getByRole('heading', { name: 'Prepare for your next meeting' }) });
  await expect(entry.getByRole('heading', { name: 'Your mentor replied' })).toBeVisible();
  await expect(entry.locator('.reply-text')).toHaveText([REPLY]);
  await look(page, '12-journal-reply');
  await lookNarrow(page, '12-journal-reply');

  // 7. Revoke: the reply leaves the journal, and the mentor's page says the link is not available.
  const shared = page.getByRole('region', { name: 'Shared links' });
  await shared.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText('The link no longer works.')).toBeVisible();
  await expect(page.getByText(REPLY)).toHaveCount(0);
  await expect(page.getByText('Your mentor replied')).toHaveCount(0);
  await look(page, '13-revoked');
  await page.reload();
  await openJournal(page);
  await expect(page.getByRole('heading', { name: 'Shared links' })).toBeVisible();
  await expect(page.getByText(REPLY)).toHaveCount(0);
  await mentor.page.reload();
  await expect(mentor.page.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
  await expect(mentor.page.getByText(REPLY)).toHaveCount(0);
  await look(mentor.page, '14-mentor-revoked');
  expect(mentor.dialogs).toEqual([]);
  await mentor.context.close();
});
