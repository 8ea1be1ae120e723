// The mentorship loop in one go, as a person lives it: a reflection's next steps become commitments, one is marked
// done with a note, the next meeting's preparation opens with the open ones, that reflection is shared, the mentor
// replies from their own browser, the owner reads the reply in the journal and revokes the link. Then an update from
// two reflections, read and answered by the mentor. (A commitment marked offline and a second device: loop-devices.)
import { expect, test } from '@playwright/test';
import { ANSWERS, openJournal, reflectToSummary, revokeLink, saveToJournal } from './journal-steps';
import { addNextStep, commitmentCard, look, lookNarrow, markDone, mentorOpens, prepareToSummary, shareLink, typeReplyAndSend } from './loop-steps';
import { answerBox, expectSaved, ready } from './support';

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
  await ready(page);
  await expect(page.getByText('First, a look at what you took on last time')).toBeVisible();
  await page.getByRole('button', { name: 'Begin' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Since last time' })).toBeFocused();
  await expect(page.getByRole('group', { name: ADDED })).toHaveCount(0);
  const groups = page.locator('.checkin-step fieldset');
  await expect(groups).toHaveCount(openTexts.length - 1);
  await look(page, '07-checkin');
  await lookNarrow(page, '07-checkin');
  const stillOpen = page.getByRole('group', { name: openTexts.find((t) => t !== ADDED) ?? '' });
  await page.keyboard.press('Tab');
  await expect(stillOpen.getByRole('radio', { name: 'Still open' })).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // "Done", the first choice
  await expect(stillOpen.getByRole('radio', { name: 'Done' })).toBeChecked();
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
  await revokeLink(page, shared, /^Revoked: the link to “.+” no longer works, and its reply is deleted\.$/);
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

const UPDATE_REPLY = 'Thank you for the update. Let us start Thursday with the new manager.';
const QUESTION = '- Could we talk about the new manager?';

test('an update from two saved reflections: drafted, edited, shared, read and answered by the mentor', async ({ page, browser }) => {
  // Two reflections, written through the site: after the meeting (one next step marked done), then the preparation.
  await reflectToSummary(page, ANSWERS);
  await saveToJournal(page);
  await openJournal(page);
  await markDone(page, 'I will send the revised plan to Sam by Thursday.', 'Sent on Wednesday; Sam liked the timeline.');
  await page.keyboard.press('Enter');
  await expect(page.locator('#journal-status')).toHaveText(/^Marked done: /);
  await prepareToSummary(page, 'I led the sprint review and kept it to ten minutes.');
  await saveToJournal(page);

  // The composer: both reflections are recent, so both are ticked; the person drafts and adds a question, typed.
  await openJournal(page);
  await page.getByRole('link', { name: 'Write an update for your mentor' }).click();
  await ready(page);
  await expect(page.getByRole('heading', { name: 'An update for your mentor' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /After the meeting/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Prepare for your next meeting/ })).toBeChecked();
  await look(page, '20-update-choose');
  await page.getByRole('button', { name: 'Draft my update' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your update', exact: true })).toBeFocused();
  const box = page.getByRole('textbox', { name: 'Your update for your mentor' });
  const drafted = await box.inputValue();
  expect(drafted).toContain('- Done: I will send the revised plan to Sam by Thursday. — Sent on Wednesday; Sam liked the timeline.');
  // What happened is in the person's own words (not the built-in guide's "you wrote", which a mentor reads as "you").
  expect(drafted).toContain('## What happened\n\nMy mentor said the launch plan was not ready. I learned that my mentor also struggled with launches early on.\n\nI led the sprint review and kept it to ten minutes.\n');
  expect(drafted).not.toContain('you wrote');
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(QUESTION, { delay: 20 }); // the draft ends with a new line: the caret is on an empty one
  await look(page, '21-update-draft');
  await lookNarrow(page, '21-update-draft');

  await page.getByRole('button', { name: 'Share as a link' }).click();
  await page.getByRole('radio', { name: '1 day' }).check();
  await page.getByRole('button', { name: 'Create link' }).click();
  const linkBox = page.getByRole('textbox', { name: 'Your link' });
  await expect(linkBox).toBeFocused();
  const link = await linkBox.inputValue();
  await look(page, '22-update-shared');

  // The mentor reads the update under its three headings in a browser of their own, and replies.
  const mentor = await mentorOpens(browser, link);
  await expect(mentor.page.getByRole('heading', { name: 'An update shared with you' })).toBeVisible();
  for (const heading of ['What I did since we last met', 'What happened', 'What I would like your help with']) {
    await expect(mentor.page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(mentor.page.getByText('Done: I will send the revised plan to Sam by Thursday. — Sent on Wednesday; Sam liked the timeline.')).toBeVisible();
  await expect(mentor.page.getByText('Could we talk about the new manager?')).toBeVisible();
  await look(mentor.page, '23-mentor-reads-update');
  await lookNarrow(mentor.page, '23-mentor-reads-update');
  await typeReplyAndSend(mentor.page, UPDATE_REPLY);
  await look(mentor.page, '24-mentor-replied-update');

  // The owner sees the reply under the update in Shared links.
  await openJournal(page);
  const shared = page.getByRole('region', { name: 'Shared links' });
  const card = shared.locator('.card').filter({ has: page.getByRole('heading', { name: 'An update for my mentor' }) });
  await expect(card.getByRole('heading', { name: 'Your mentor replied' })).toBeVisible();
  await expect(card.locator('.reply-text')).toHaveText([UPDATE_REPLY]);
  await look(page, '25-journal-update-reply');
  expect(mentor.dialogs).toEqual([]);
  await mentor.context.close();
});
