// The mentorship loop, as a person lives it: a reflection's next steps become commitments, one is marked done with a
// note, the next meeting's preparation opens with the open ones, that reflection is shared, the mentor replies from
// their own browser, the owner reads the reply in the journal and revokes the link. (An update from two reflections:
// loop-update.spec.ts; a commitment marked offline and a second device: loop-devices.)
//
// One journey in steps: each step is a test that goes on from where the one before left the same browser (serial, so
// a failed step skips the rest), and each state the journey reaches is looked at and checked with axe in a test of its
// own (lookTest), in the order the journey reaches it.
import { expect, test } from '@playwright/test';
import { ANSWERS, openJournal, reflectToSummary, revokeLink, saveToJournal } from './journal-steps';
import {
  addNextStep,
  commitmentCard,
  useJourneyBrowser,
  lookTest,
  markDone,
  mentorOpens,
  shareLink,
  typeReplyAndSend,
} from './loop-steps';
import { answerBox, expectSaved, ready } from './support';

const ADDED = 'Ask Priya to review my launch slides';
const NOTE = 'Priya said the story is clear; the numbers need a source.';
const REPLY = 'Well done on the slides. <b>Bring</b> the sources on Thursday and we will go through them.';

test.describe('the whole loop: next steps → commitments → one done → the next preparation → shared → the mentor replies → revoked', () => {
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  let mentor: Awaited<ReturnType<typeof mentorOpens>>;
  let openTexts: string[];
  let link: string;
  const page = journey.page;
  const mentorPage = () => mentor.page;

  test('1. a reflection after the meeting, with the built-in guide, up to its summary', async () => {
    await reflectToSummary(page(), ANSWERS);
  });
  lookTest('01-summary', page);

  test('2. the person types a next step into the summary', async () => {
    await addNextStep(page(), ADDED);
  });
  lookTest('02-summary-editing', page);

  test('3. done editing, saved to the journal', async () => {
    await page().getByRole('button', { name: 'Done editing' }).click();
    await saveToJournal(page());
  });
  lookTest('03-saved', page);

  test('4. the journal lists the next steps as open commitments, the typed one among them', async () => {
    await openJournal(page());
    await expect(page().getByRole('heading', { level: 2 }).first()).toHaveText('Your commitments');
    const open = page().locator('.commitment-list').first().locator('.commitment');
    await expect(commitmentCard(page(), ADDED)).toBeVisible();
    openTexts = (await open.allInnerTexts()).map((t) => t.split('\n')[0] ?? '');
    expect(openTexts.length).toBeGreaterThanOrEqual(2);
  });
  lookTest('04-journal-commitments', page, { narrow: true });

  test('5. the typed one is marked done, with a note typed on what happened', async () => {
    await markDone(page(), ADDED, NOTE);
  });
  lookTest('05-mark-done-form', page);

  test('6. Enter saves it as done, and it leaves the open list', async () => {
    await page().keyboard.press('Enter');
    await expect(page().locator('#journal-status')).toHaveText(
      `Marked done: “${ADDED}”. Saved to your journal, encrypted.`,
    );
    await expect(commitmentCard(page(), ADDED)).toBeHidden();
  });
  lookTest('06-marked-done', page);

  test('7. "Prepare for your next meeting" opens with the open ones, and not the done one', async () => {
    await page().goto('/reflect/prepare-for-meeting/');
    await ready(page());
    await expect(page().getByText('First, a look at what you took on last time')).toBeVisible();
    await page().getByRole('button', { name: 'Begin' }).focus();
    await page().keyboard.press('Enter');
    await expect(page().getByRole('heading', { name: 'Since last time' })).toBeFocused();
    await expect(page().getByRole('group', { name: ADDED })).toHaveCount(0);
    await expect(page().locator('.checkin-step fieldset')).toHaveCount(openTexts.length - 1);
  });
  lookTest('07-checkin', page, { narrow: true });

  test('8. one is marked done by keyboard with a typed note, then a prompt answered, up to the summary', async () => {
    const stillOpen = page().getByRole('group', { name: openTexts.find((t) => t !== ADDED) ?? '' });
    await page().keyboard.press('Tab');
    await expect(stillOpen.getByRole('radio', { name: 'Still open' })).toBeFocused();
    await page().keyboard.press('ArrowLeft'); // "Done", the first choice
    await expect(stillOpen.getByRole('radio', { name: 'Done' })).toBeChecked();
    await page().keyboard.press('Tab');
    await page().keyboard.type('I sent it to Sam on Wednesday.', { delay: 20 });
    await expectSaved(page());
    await page().getByRole('button', { name: 'Continue' }).click();
    await expect(page().getByText('Prompt 1 of 5')).toBeVisible();
    await answerBox(page()).click();
    await page().keyboard.type('I want to ask how to bring sources into a launch story.', { delay: 20 });
    for (let i = 0; i < 5; i++)
      await page()
        .getByRole('button', { name: i === 4 ? 'Review' : 'Next' })
        .click();
    await page().getByRole('button', { name: 'Write my summary' }).click();
    await expect(page().getByRole('heading', { name: 'Your summary' })).toBeVisible();
  });
  lookTest('08-prepare-summary', page);

  test('9. saved, and shared as a link', async () => {
    await saveToJournal(page());
    link = await shareLink(page());
  });
  lookTest('09-shared', page);

  test('10. the mentor opens the link in a browser of their own', async ({ browser }) => {
    mentor = journey.closeAfter(await mentorOpens(browser, link));
    await expect(mentorPage().getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
    await expect(mentorPage().getByText('No replies yet.')).toBeVisible();
  });
  lookTest('10-mentor-reads', mentorPage);

  test('11. the mentor types a reply and sends it; the markup in it stays text', async () => {
    await typeReplyAndSend(mentorPage(), REPLY);
    await expect(mentorPage().locator('article b')).toHaveCount(0);
  });
  lookTest('11-mentor-replied', mentorPage, { narrow: true });

  test('12. the owner’s journal shows the reply under the reflection', async () => {
    await openJournal(page());
    const entry = page()
      .locator('.journal-entries > li')
      .filter({ has: page().getByRole('heading', { name: 'Prepare for your next meeting' }) });
    await expect(entry.getByRole('heading', { name: 'Your mentor replied' })).toBeVisible();
    await expect(entry.locator('.reply-text')).toHaveText([REPLY]);
  });
  lookTest('12-journal-reply', page, { narrow: true });

  test('13. revoked: the reply leaves the journal', async () => {
    const shared = page().getByRole('region', { name: 'Shared links' });
    await revokeLink(page(), shared, /^Revoked: the link to “.+” no longer works, and its reply is deleted\.$/);
    await expect(page().getByText(REPLY)).toHaveCount(0);
    await expect(page().getByText('Your mentor replied')).toHaveCount(0);
  });
  lookTest('13-revoked', page);

  test('14. after a reload the reply is still gone, and the mentor’s page says the link is not available', async () => {
    await page().reload();
    await openJournal(page());
    await expect(page().getByRole('heading', { name: 'Shared links' })).toBeVisible();
    await expect(page().getByText(REPLY)).toHaveCount(0);
    await mentorPage().reload();
    await expect(mentorPage().getByRole('heading', { name: 'This link is not available' })).toBeVisible();
    await expect(mentorPage().getByText(REPLY)).toHaveCount(0);
  });
  lookTest('14-mentor-revoked', mentorPage);

  test('15. the mentor’s browser never opened a dialog', () => {
    expect(mentor.dialogs).toEqual([]);
  });
});
