// The update composer, as a person uses it: two saved reflections (setup data, see seed-journal.ts) → choose both →
// draft → edit by typing → look at the AI guide's shorter version and keep their own → share → the mentor reads the
// update in a fresh browser → the owner revokes it from the journal.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { revokeLink } from './journal-steps';
import { useJourneyBrowser } from './loop-steps';
import { answersOf, savedEntry, seedJournal } from './seed-journal';
import { axeViolations, openIsland, typeInto } from './support';

const SHOTS = '/tmp/shots-update';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

const after = savedEntry(
  {
    setId: 'after-the-meeting',
    setTitle: 'After the meeting',
    prompts: [{ id: 'what-stuck', text: 'What was said in the meeting that has stayed with you since?' }],
    answers: answersOf({ 'what-stuck': 'Priya said my demos bury the point.' }),
    summary: {
      text: '## What stood out\n\nPriya’s comment that my demos bury the point.\n\n## Next steps\n\n- Send my mentor a two-line agenda\n\n## Questions for your mentor\n\n- How do you open a demo so the point comes first?\n',
      source: 'built-in',
      createdAt: new Date().toISOString(),
    },
    commitments: [
      {
        id: 'agenda0000000001',
        source: 'Send my mentor a two-line agenda',
        text: 'Send my mentor a two-line agenda',
        due: null,
        state: 'done',
        note: 'Sent it on Thursday; the meeting ran on time.',
        updatedAt: new Date().toISOString(),
      },
      {
        id: 'course0000000002',
        source: 'Take the public speaking course',
        text: 'Take the public speaking course',
        due: null,
        state: 'dropped',
        note: 'No budget this quarter.',
        updatedAt: new Date().toISOString(),
      },
      {
        id: 'demo000000000003',
        source: 'Rehearse the demo with Sam',
        text: 'Rehearse the demo with Sam',
        due: null,
        state: 'open',
        note: '',
        updatedAt: new Date().toISOString(),
      },
    ],
  },
  40,
);
const prepare = savedEntry(
  {
    setId: 'prepare-for-meeting',
    setTitle: 'Prepare for your next meeting',
    prompts: [
      { id: 'update-for-your-mentor', text: 'What came of the advice or plan from your last meeting?' },
      { id: 'since-last-time', text: 'What else has happened in your work or studies since you last met?' },
    ],
    answers: answersOf({
      'update-for-your-mentor': 'I led the sprint review and kept it to ten minutes.',
      'since-last-time': 'A new manager joined.',
    }),
    summary: null,
  },
  3,
);

test.describe('two saved reflections → a drafted, edited update → shared → read by the mentor in a fresh browser', () => {
  // One journey in steps that go on in the same browser; each state it reaches is checked with axe in a test of its
  // own (these checks ran inside the journey before; see lookTest in loop-steps.ts).
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  let mentor: BrowserContext;
  let mentorPage: Page;
  let drafted: string;
  let link: string;
  const added = '- Could we talk about the new manager?';
  const page = journey.page;
  const older = () => page().getByRole('checkbox', { name: /After the meeting/ });
  const box = () => page().getByRole('textbox', { name: 'Your update for your mentor' });
  const axeTest = (name: string, of: () => Page) =>
    test(`${name}: no axe violations`, async () => {
      expect(await axeViolations(of())).toEqual([]);
      await shot(of(), name);
    });

  test('1. the default period ticks only the recent reflection; the person ticks the other by keyboard', async () => {
    await seedJournal(page(), [after, prepare]);
    await openIsland(page(), '/journal/update/');
    await expect(page().getByRole('heading', { name: 'An update for your mentor' })).toBeVisible();
    // The default period (30 days, no update shared yet) ticks only the recent reflection; the person ticks the other.
    await expect(page().getByRole('checkbox', { name: /Prepare for your next meeting/ })).toBeChecked();
    await expect(older()).not.toBeChecked();
    await older().focus();
    await page().keyboard.press('Space');
    await expect(older()).toBeChecked();
  });
  axeTest('1-choose', page);

  test('2. the draft holds both reflections under the three headings', async () => {
    await page().getByRole('button', { name: 'Draft my update' }).click();
    await expect(page().getByRole('heading', { name: 'Your update', exact: true })).toBeFocused();
    drafted = await box().inputValue();
    expect(drafted).toContain(
      '## What I did since we last met\n\n- Done: Send my mentor a two-line agenda — Sent it on Thursday; the meeting ran on time.\n- Dropped: Take the public speaking course — No budget this quarter.\n- Still working on: Rehearse the demo with Sam\n',
    );
    expect(drafted).toContain(
      '## What happened\n\nPriya’s comment that my demos bury the point.\n\nI led the sprint review and kept it to ten minutes.\n',
    );
    expect(drafted).toContain(
      '## What I would like your help with\n\n- How do you open a demo so the point comes first?\n',
    );
  });
  axeTest('2-draft', page);

  test('3. a question typed at the end, focus in the box throughout; a reload keeps it', async () => {
    await box().click();
    await page().keyboard.press('Control+End');
    await box().pressSequentially(added, { delay: 20 });
    await expect(box()).toBeFocused();
    await expect(box()).toHaveValue(`${drafted}${added}`);
    await page().reload();
    await expect(box()).toHaveValue(`${drafted}${added}`);
    await expect(page().getByRole('status').filter({ hasText: 'Your draft from last time is below' })).toBeVisible();
    await expect(older()).toBeChecked();
  });

  test('4. the AI guide: the disclosure first', async () => {
    await page().getByRole('button', { name: 'Tighten with the AI guide' }).click();
    await expect(page().getByRole('heading', { name: 'Before the guide answers' })).toBeFocused();
    await expect(page().getByText('your update, as it is in the box above.')).toBeVisible();
  });
  axeTest('3-disclosure', page);

  test('5. then its shorter version beside the draft', async () => {
    await page().getByRole('button', { name: 'Use the AI guide' }).click();
    await expect(page().getByRole('heading', { name: 'The AI guide’s shorter version' })).toBeFocused();
    await expect(page().locator('.proposal').getByText('The review went better than I feared.')).toBeVisible();
  });
  axeTest('4-proposal', page);

  test('6. the person keeps their own, and shares it for a day', async () => {
    await page().getByRole('button', { name: 'Keep mine' }).click();
    await expect(page().getByRole('status').filter({ hasText: 'You kept your own version.' })).toBeVisible();
    await expect(box()).toHaveValue(`${drafted}${added}`);
    await expect(box()).toBeFocused();

    await page().getByRole('button', { name: 'Share as a link' }).click();
    await page().getByRole('radio', { name: '1 day' }).check();
    await page().getByRole('button', { name: 'Create link' }).click();
    const linkBox = page().getByRole('textbox', { name: 'Your link' });
    await expect(linkBox).toBeFocused();
    link = await linkBox.inputValue();
    expect(link).toMatch(/\/s\/#[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  });
  axeTest('5-shared', page);

  test('7. the mentor reads the update in a fresh browser', async ({ browser }) => {
    mentor = journey.closeAfter(await browser.newContext());
    mentorPage = await mentor.newPage();
    await mentorPage.goto(link);
    await expect(mentorPage.getByText('An update for my mentor')).toBeVisible();
    await expect(
      mentorPage.getByText('Done: Send my mentor a two-line agenda — Sent it on Thursday; the meeting ran on time.'),
    ).toBeVisible();
    await expect(mentorPage.getByText('Could we talk about the new manager?')).toBeVisible();
  });
  axeTest('6-mentor-reads', () => mentorPage);

  test('8. the share is one of the journal’s links: the owner revokes it there, and the mentor’s copy stops opening', async () => {
    await page().goto('/journal/');
    await expect(page().getByRole('link', { name: 'Write an update for your mentor' })).toBeVisible();
    const card = page()
      .locator('.card')
      .filter({ has: page().getByRole('heading', { name: 'An update for my mentor' }) });
    await revokeLink(page(), card, /^Revoked: the link to “.+” no longer works\.$/);
    await mentorPage.reload();
    await expect(mentorPage.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
  });
});

test('the AI guide’s version replaces the draft only when the person chooses it, and a reload keeps it', async ({
  page,
}) => {
  await seedJournal(page, [prepare]);
  // Setup: this browser already chose the AI guide and saw the disclosure in a reflection.
  await page.evaluate(() =>
    localStorage.setItem('lodestar:prefs', JSON.stringify({ guide: 'ai', disclosed: true, tone: 'gentle' })),
  );
  await openIsland(page, '/journal/update/');
  await page.getByRole('button', { name: 'Draft my update' }).click();
  const box = page.getByRole('textbox', { name: 'Your update for your mentor' });
  await expect(box).toHaveValue(/I led the sprint review/);
  await page.getByRole('button', { name: 'Tighten with the AI guide' }).click();
  await expect(page.getByRole('heading', { name: 'The AI guide’s shorter version' })).toBeFocused();
  await expect(box).toHaveValue(/I led the sprint review/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Use this version' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/^## What I did since we last met\n\n- Done: sent my mentor a two-line agenda\./);
  await expect(page.getByRole('status').filter({ hasText: 'Your update now uses the shorter version.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your update for your mentor' })).toHaveValue(
    /The review went better than I feared\./,
  );
});

test.describe('without saved reflections the draft still gives the three parts to fill in', () => {
  // Steps that go on in one browser; each state is checked with axe in a test of its own after the step that reaches
  // it (these checks ran inside one test before).
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  const page = journey.page;
  const box = () => page().getByRole('textbox', { name: 'Your update for your mentor' });
  const axeTest = (name: string) =>
    test(`${name}: no axe violations`, async () => {
      expect(await axeViolations(page())).toEqual([]);
      await shot(page(), name);
    });

  test('1. the page says so, and the draft holds the three parts', async () => {
    await openIsland(page(), '/journal/update/');
    await expect(page().getByText('You have no saved reflections on this device yet.')).toBeVisible();
    await page().getByRole('button', { name: 'Draft my update' }).click();
    await expect(box()).toHaveValue(/^## What I did since we last met\n\n- Nothing from these reflections yet/);
  });
  axeTest('7-empty');

  test('2. at a phone’s width, the draft is the same', async () => {
    await page().setViewportSize({ width: 390, height: 900 });
    await expect(box()).toHaveValue(/^## What I did since we last met\n\n- Nothing from these reflections yet/);
  });
  axeTest('7-empty-narrow');

  test('3. the person types into it', async () => {
    await typeInto(box(), ' I met Sam twice.');
    await expect(box()).toHaveValue(/I met Sam twice\./);
  });
});
