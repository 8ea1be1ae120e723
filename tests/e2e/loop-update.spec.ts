// The mentorship loop's update: two reflections saved through the site (the first one's answers as setup data), an
// update drafted from both and edited, shared, read and answered by the mentor, and the reply read by the owner. (Was
// the second test of loop.spec.ts; its own file so the two journeys run side by side.) Steps and lookTest as in
// loop.spec.ts.
import { expect, test } from '@playwright/test';
import { ANSWERS, openJournal, saveToJournal, seededToSummary } from './journal-steps';
import { useJourneyBrowser, lookTest, markDone, mentorOpens, prepareToSummary, typeReplyAndSend } from './loop-steps';
import { ready } from './support';

const UPDATE_REPLY = 'Thank you for the update. Let us start Thursday with the new manager.';
const QUESTION = '- Could we talk about the new manager?';

test.describe('an update from two saved reflections: drafted, edited, shared, read and answered by the mentor', () => {
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  let mentor: Awaited<ReturnType<typeof mentorOpens>>;
  let link: string;
  const page = journey.page;
  const mentorPage = () => mentor.page;

  test('1. a reflection after the meeting, saved, one next step marked done', async () => {
    // Its answers are setup data (seededToSummary); the same reflection typed up to its summary: loop.spec.ts step 1.
    await seededToSummary(page(), ANSWERS);
    await saveToJournal(page());
    await openJournal(page());
    await markDone(
      page(),
      'I will send the revised plan to Sam by Thursday.',
      'Sent on Wednesday; Sam liked the timeline.',
    );
    await page().keyboard.press('Enter');
    await expect(page().locator('#journal-status')).toHaveText(/^Marked done: /);
  });

  test('2. then the preparation for the next meeting, saved', async () => {
    await prepareToSummary(page(), 'I led the sprint review and kept it to ten minutes.');
    await saveToJournal(page());
  });

  test('3. the composer: both reflections are recent, so both are ticked', async () => {
    await openJournal(page());
    await page().getByRole('link', { name: 'Write an update for your mentor' }).click();
    await ready(page());
    await expect(page().getByRole('heading', { name: 'An update for your mentor' })).toBeVisible();
    await expect(page().getByRole('checkbox', { name: /After the meeting/ })).toBeChecked();
    await expect(page().getByRole('checkbox', { name: /Prepare for your next meeting/ })).toBeChecked();
  });
  lookTest('20-update-choose', page);

  test('4. the draft is in the person’s own words, and they type a question at its end', async () => {
    await page().getByRole('button', { name: 'Draft my update' }).focus();
    await page().keyboard.press('Enter');
    await expect(page().getByRole('heading', { name: 'Your update', exact: true })).toBeFocused();
    const box = page().getByRole('textbox', { name: 'Your update for your mentor' });
    const drafted = await box.inputValue();
    expect(drafted).toContain(
      '- Done: I will send the revised plan to Sam by Thursday. — Sent on Wednesday; Sam liked the timeline.',
    );
    // What happened is in the person's own words (not the built-in guide's "you wrote", which a mentor reads as "you").
    expect(drafted).toContain(
      '## What happened\n\nMy mentor said the launch plan was not ready. I learned that my mentor also struggled with launches early on.\n\nI led the sprint review and kept it to ten minutes.\n',
    );
    expect(drafted).not.toContain('you wrote');
    await box.click();
    await page().keyboard.press('Control+End');
    await page().keyboard.type(QUESTION, { delay: 20 }); // the draft ends with a new line: the caret is on an empty one
    await expect(box).toHaveValue(`${drafted}${QUESTION}`);
  });
  lookTest('21-update-draft', page, { narrow: true });

  test('5. shared as a link for one day', async () => {
    await page().getByRole('button', { name: 'Share as a link' }).click();
    await page().getByRole('radio', { name: '1 day' }).check();
    await page().getByRole('button', { name: 'Create link' }).click();
    const linkBox = page().getByRole('textbox', { name: 'Your link' });
    await expect(linkBox).toBeFocused();
    link = await linkBox.inputValue();
  });
  lookTest('22-update-shared', page);

  test('6. the mentor reads the update under its three headings in a browser of their own', async ({ browser }) => {
    mentor = journey.closeAfter(await mentorOpens(browser, link));
    await expect(mentorPage().getByRole('heading', { name: 'An update shared with you' })).toBeVisible();
    for (const heading of ['What I did since we last met', 'What happened', 'What I would like your help with']) {
      await expect(mentorPage().getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    await expect(
      mentorPage().getByText(
        'Done: I will send the revised plan to Sam by Thursday. — Sent on Wednesday; Sam liked the timeline.',
      ),
    ).toBeVisible();
    await expect(mentorPage().getByText('Could we talk about the new manager?')).toBeVisible();
  });
  lookTest('23-mentor-reads-update', mentorPage, { narrow: true });

  test('7. the mentor replies', async () => {
    await typeReplyAndSend(mentorPage(), UPDATE_REPLY);
  });
  lookTest('24-mentor-replied-update', mentorPage);

  test('8. the owner sees the reply under the update in Shared links', async () => {
    await openJournal(page());
    const shared = page().getByRole('region', { name: 'Shared links' });
    const card = shared
      .locator('.card')
      .filter({ has: page().getByRole('heading', { name: 'An update for my mentor' }) });
    await expect(card.getByRole('heading', { name: 'Your mentor replied' })).toBeVisible();
    await expect(card.locator('.reply-text')).toHaveText([UPDATE_REPLY]);
  });
  lookTest('25-journal-update-reply', page);

  test('9. the mentor’s browser never opened a dialog', () => {
    expect(mentor.dialogs).toEqual([]);
  });
});
