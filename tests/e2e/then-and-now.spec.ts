// "Then and now" on the journal: three saved reflections of one set and one of another (setup data, see
// seed-journal.ts) → the set's cards offer it → both answers to each prompt under their dates, in a table; a select
// compares with another earlier one; narrow screens stack the answers.
import { expect, test, type Page } from '@playwright/test';
import { lookTest, useJourneyBrowser } from './loop-steps';
import { answersOf, savedEntry, seedJournal } from './seed-journal';
import { openIsland } from './support';

const SHOTS = '/tmp/shots-update';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

const prompts = [
  {
    id: 'someone-who-helped',
    text: 'Think of someone who helped you grow, formally or not. What is one moment with them that you still remember?',
  },
  {
    id: 'guidance-you-need',
    text: 'Looking at the next six to twelve months, what kind of guidance would help you most?',
  },
];
const assessment = (answers: Record<string, string>, daysAgo: number, wording = prompts) =>
  savedEntry(
    {
      setId: 'mentorship-assessment',
      setTitle: 'Mentorship assessment',
      prompts: wording,
      answers: answersOf(answers),
      summary: null,
    },
    daysAgo,
  );

const first = assessment(
  {
    'someone-who-helped': 'My first team lead, who let me fail safely.',
    'guidance-you-need': 'How to find a mentor at all.',
  },
  200,
  [prompts[0]!, { id: 'guidance-you-need', text: 'What guidance would help you most this year?' }],
);
const second = assessment(
  { 'someone-who-helped': 'Ana, who read every design doc.', 'guidance-you-need': 'How to give feedback to peers.' },
  100,
);
const third = assessment(
  { 'someone-who-helped': 'Ana again, and now Sam.', 'guidance-you-need': 'How to lead a small team.' },
  2,
);
const other = savedEntry(
  {
    setId: 'after-the-meeting',
    setTitle: 'After the meeting',
    prompts: [{ id: 'what-stuck', text: 'What stayed?' }],
    answers: answersOf({ 'what-stuck': 'Plenty.' }),
    summary: null,
  },
  1,
);

const dateOf = (page: Page, iso: string) =>
  page.evaluate(
    (at) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    iso,
  );

test.describe('the newest assessment beside an earlier one: both answers to each prompt, under their dates', () => {
  // Steps that go on in one browser; each state is checked with axe in a test of its own after the step that reaches
  // it (these checks ran inside one test before; see lookTest in loop-steps.ts).
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  const page = journey.page;
  const newest = () =>
    page()
      .locator('.journal-entries > li')
      .filter({ has: page().getByRole('heading', { name: 'Mentorship assessment' }) })
      .first();
  const table = () => newest().getByRole('table', { name: /Mentorship assessment, then and now/ });
  const guidance = () => table().getByRole('row', { name: /next six to twelve months/ });

  test('1. only the set with earlier reflections offers it; opened by keyboard, the two newest side by side', async () => {
    await seedJournal(page(), [first, second, third, other]);
    await openIsland(page(), '/journal/');
    const cards = page().locator('.journal-entries > li');
    await expect(cards).toHaveCount(4);
    await expect(
      cards.filter({ hasText: 'After the meeting' }).getByRole('button', { name: 'Then and now' }),
    ).toHaveCount(0);
    const open = newest().getByRole('button', { name: 'Then and now' });
    await open.focus();
    await page().keyboard.press('Enter');
    await expect(open).toHaveAttribute('aria-expanded', 'true');

    const [thenDate, nowDate] = [
      await dateOf(page(), second.content.savedAt),
      await dateOf(page(), third.content.savedAt),
    ];
    await expect(table().getByRole('columnheader', { name: `Then: ${thenDate}` })).toBeVisible();
    await expect(table().getByRole('columnheader', { name: `Now: ${nowDate}` })).toBeVisible();
    const row = table().getByRole('row', { name: /someone who helped you grow/ });
    await expect(row.getByRole('cell').nth(0)).toContainText('Ana, who read every design doc.');
    await expect(row.getByRole('cell').nth(1)).toContainText('Ana again, and now Sam.');
    await shot(page(), '8-then-and-now');
  });
  lookTest('then-and-now', page);

  test('2. compared with the first one, whose prompt had other words: matched by id, under the newer wording', async () => {
    await newest()
      .getByLabel('Compare with')
      .selectOption({ label: `${await dateOf(page(), first.content.savedAt)} (earlier)` });
    await expect(
      table().getByRole('columnheader', { name: `Then: ${await dateOf(page(), first.content.savedAt)}` }),
    ).toBeVisible();
    await expect(guidance().getByRole('cell').nth(0)).toContainText('How to find a mentor at all.');
    await expect(guidance().getByRole('cell').nth(1)).toContainText('How to lead a small team.');
  });
  lookTest('then-and-now-compared', page);

  test('3. at a phone’s width each answer is stacked under its date', async () => {
    await page().setViewportSize({ width: 390, height: 900 });
    await expect(guidance().getByText(`Now: ${await dateOf(page(), third.content.savedAt)}`)).toBeVisible();
    await newest().screenshot({ path: `${SHOTS}/9-then-and-now-narrow.png` });
  });
  lookTest('then-and-now-narrow', page);
});
