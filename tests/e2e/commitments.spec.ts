// Commitments in a real browser: the "Next steps" a person types into their summary become commitments on the
// journal page; they mark one done with a note (kept after a reload), give another a date (overdue said in words)
// and take it to their calendar; and the next meeting becomes a calendar file. Typed and moved like a person.
import { mkdir } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { ANSWERS, openJournal, saveToJournal, seededToSummary } from './journal-steps';
import { useJourneyBrowser } from './loop-steps';
import { axeViolations } from './support';

const SHOTS = '/tmp/shots-commitments';
const shot = async (page: Page, name: string) => {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};
const read = async (download: Download) => {
  let text = '';
  for await (const chunk of await download.createReadStream()) text += String(chunk);
  return text;
};
/** A day some weeks ago, as the date input takes it typed (mm/dd/yyyy in Chromium's en-US) and as the page says it. */
const PAST = new Date(Date.now() - 20 * 24 * 3600 * 1000);
const pad = (n: number) => String(n).padStart(2, '0');
const PAST_TYPED = `${pad(PAST.getMonth() + 1)}${pad(PAST.getDate())}${PAST.getFullYear()}`;
const PAST_ICS = `${PAST.getFullYear()}${pad(PAST.getMonth() + 1)}${pad(PAST.getDate())}`;
const PAST_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(PAST);

const SLIDES = 'Ask Priya to review my launch slides';
const PAIRING = 'Book a pairing session with Sam';

/** Types two next steps at the end of the summary's "Next steps" section (the caret placed there, as a click would). */
async function addNextSteps(page: Page) {
  await page.getByRole('button', { name: 'Edit the summary' }).click();
  const editor = page.getByRole('textbox', { name: 'Summary text' });
  await expect(editor).toBeFocused();
  await editor.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('## Questions for your mentor');
    el.setSelectionRange(at, at);
  });
  await page.keyboard.type(`- ${SLIDES}\n- ${PAIRING}\n\n`, { delay: 20 });
  await page.getByRole('button', { name: 'Done editing' }).click();
}

const card = (page: Page, text: string) => page.locator('.commitment').filter({ hasText: text });

test('empty journal: the commitments section says where commitments come from', async ({ page }) => {
  await openJournal(page);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Your commitments');
  await expect(
    page.getByText('No commitments yet. The next steps of each reflection you save appear here.'),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'empty');
});

test.describe('next steps → commitments → done with a note (kept after reload) → dated, overdue → calendar file', () => {
  // One journey in steps that go on in the same browser; each state it reaches is checked with axe in a test of its
  // own (these checks ran inside the journey before; see lookTest in loop-steps.ts).
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  const page = journey.page;
  const axeTest = (name: string) =>
    test(`${name}: no axe violations`, async () => {
      expect(await axeViolations(page())).toEqual([]);
      await shot(page(), name);
    });

  test('1. typed next steps become commitments, first on the journal page, with the reflection they came from', async () => {
    // The answers are setup data (seededToSummary); the next steps are typed. A reflection typed up to its summary and
    // its next steps made commitments: loop.spec.ts.
    await seededToSummary(page(), ANSWERS);
    await addNextSteps(page());
    await saveToJournal(page());
    await openJournal(page());
    await expect(page().getByRole('heading', { level: 2 }).first()).toHaveText('Your commitments');
    await expect(card(page(), SLIDES)).toBeVisible();
    await expect(card(page(), PAIRING).getByText(/^From “After the meeting”, \d+ \w{3}/)).toBeVisible();
  });
  axeTest('open-list');

  test('2. mark done with a typed note, by keyboard', async () => {
    await card(page(), SLIDES).getByRole('button', { name: 'Mark done' }).focus();
    await page().keyboard.press('Enter');
    const note = page().getByRole('textbox', { name: 'What happened? (optional)' });
    await expect(note).toBeFocused();
    await page().keyboard.type('Priya said the story is clear; the numbers need a source.', { delay: 20 });
  });
  axeTest('mark-done-form');

  test('3. saved as done, and kept after a reload under "Done and dropped"', async () => {
    await page().keyboard.press('Tab');
    await expect(page().getByRole('button', { name: 'Save as done' })).toBeFocused();
    await page().keyboard.press('Enter');
    await expect(page().locator('#journal-status')).toHaveText(
      `Marked done: “${SLIDES}”. Saved to your journal, encrypted.`,
    );
    await expect(page().locator('#journal-status')).toBeFocused();
    await expect(card(page(), SLIDES)).toBeHidden();

    await page().reload();
    await openJournal(page());
    const closed = page().getByText('Done and dropped (1)');
    await closed.focus();
    await page().keyboard.press('Enter');
    await expect(card(page(), SLIDES).getByText('Done', { exact: true })).toBeVisible();
    await expect(
      card(page(), SLIDES).getByText('What happened: Priya said the story is clear; the numbers need a source.'),
    ).toBeVisible();
  });
  axeTest('done-list');

  test('4. what happened can be added to later, by keyboard; the note is kept whole until saved', async () => {
    await card(page(), SLIDES).getByRole('button', { name: 'Change what happened' }).focus();
    await page().keyboard.press('Enter');
    const later = page().getByRole('textbox', { name: 'What happened? (optional)' });
    await expect(later).toBeFocused();
    await page().keyboard.press('End');
    await page().keyboard.type(' Found one for the revenue chart.', { delay: 20 });
    await page().getByRole('button', { name: 'Save as done' }).click();
    await expect(page().locator('#journal-status')).toHaveText(
      `Changed what happened with “${SLIDES}”. Saved to your journal, encrypted.`,
    );
    await expect(
      card(page(), SLIDES).getByText(
        'What happened: Priya said the story is clear; the numbers need a source. Found one for the revenue chart.',
      ),
    ).toBeVisible();
  });

  test('5. edit: reworded, and given a date in the past, typed', async () => {
    await card(page(), PAIRING).getByRole('button', { name: 'Edit' }).click();
    const text = page().getByRole('textbox', { name: 'Commitment' });
    await expect(text).toBeFocused();
    await page().keyboard.press('End');
    await page().keyboard.type(' on Friday', { delay: 20 });
    await page().keyboard.press('Tab');
    await page().keyboard.type(PAST_TYPED, { delay: 20 });
  });
  axeTest('edit-form');

  test('6. saved: overdue, said in words', async () => {
    await page().getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page().locator('#journal-status')).toHaveText('Commitment changed. Saved to your journal, encrypted.');
    await expect(card(page(), `${PAIRING} on Friday`).getByText(`Overdue since ${PAST_LABEL}`)).toBeVisible();
    await expect(page().getByText(/\d+ open, 1 overdue\. Oldest first\./)).toBeVisible();
  });
  axeTest('overdue');

  test('7. the dated commitment goes to the calendar as a file', async () => {
    const downloading = page().waitForEvent('download');
    await card(page(), `${PAIRING} on Friday`).getByRole('button', { name: 'Add to my calendar' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('book-a-pairing-session-with-sam-on-friday.ics');
    const ics = await read(download);
    expect(ics).toContain(`\r\nDTSTART;VALUE=DATE:${PAST_ICS}\r\n`);
    expect(ics).toContain(`\r\nSUMMARY:${PAIRING} on Friday\r\n`);
    expect(ics).toMatch(/\r\nUID:commitment-[A-Za-z0-9_-]{16}@127\.0\.0\.1\r\n/);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('8. the reflection’s own view says what became of the commitments it made', async () => {
    const entry = page().locator('.journal-entries > li').first();
    await entry.getByRole('button', { name: 'Open' }).focus();
    await page().keyboard.press('Enter');
    await expect(entry.getByRole('heading', { name: 'Commitments from this reflection' })).toBeVisible();
    const made = entry.locator('.entry-commitments li');
    await expect(made.filter({ hasText: SLIDES })).toHaveText(
      `Done: ${SLIDES}. What happened: Priya said the story is clear; the numbers need a source. Found one for the revenue chart.`,
    );
    await expect(made.filter({ hasText: PAIRING })).toHaveText(`Open: ${PAIRING} on Friday (by ${PAST_LABEL}).`);
  });
  axeTest('entry-open-commitments');
});

test('the next meeting becomes a calendar file, and a missing date is said in a sentence', async ({ page }) => {
  await openJournal(page);
  await page.getByRole('button', { name: 'Add to my calendar' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose the day of your next meeting first.');
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'meeting-missing-date');
  await page.keyboard.type('12032026', { delay: 20 });
  // (Tab from a date input goes to its own picker button first; the person moves to the time field.)
  await page.getByLabel('Time (optional)').focus();
  await page.keyboard.type('0230P', { delay: 20 });
  await expect(page.getByLabel('Time (optional)')).toHaveValue('14:30');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to my calendar' }).focus();
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('next-meeting-2026-12-03.ics');
  const ics = await read(download);
  expect(ics).toContain('\r\nDTSTART:20261203T143000\r\nDURATION:PT1H\r\n');
  await expect(page.locator('#journal-status')).toHaveText(
    'Calendar file for your meeting on 3 Dec at 14:30 downloaded. Open it to add it to your calendar.',
  );
  await shot(page, 'meeting-done');
});

/** Setup data, not typing: saved reflections with three open commitments each, as this browser stores them. */
async function seedCommitments(page: Page, reflections: number) {
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
  const id = (n: number, length: number) => `${String(n).padStart(4, '0')}${'a'.repeat(length)}`.slice(0, length);
  const entries = Array.from({ length: reflections }, (_, i) => ({
    localId: id(i, 22),
    id: id(i, 22),
    token: id(i, 43),
    revision: 1,
    highestSeen: 1,
    serverRevision: null,
    edits: 1,
    attempts: [],
    sync: 'synced',
    createdAt: at(i),
    updatedAt: at(i),
    content: {
      v: 1,
      setId: 'after-the-meeting',
      setTitle: 'After the meeting',
      prompts: [],
      answers: {},
      savedAt: at(i),
      summary: {
        text: `## Next steps\n\n${[1, 2, 3].map((k) => `- Step ${i * 3 + k}`).join('\n')}\n`,
        source: 'built-in',
        createdAt: at(i),
      },
      commitments: [0, 1, 2].map((k) => ({
        id: id(i * 3 + k, 16),
        source: `Step ${i * 3 + k + 1}`,
        text: `Step ${i * 3 + k + 1}`,
        due: null,
        state: 'open',
        note: '',
        updatedAt: at(i),
      })),
    },
  }));
  await openJournal(page);
  await page.evaluate((journal) => localStorage.setItem('lodestar:journal:2', JSON.stringify(journal)), {
    v: 2,
    key: null,
    entries,
    shares: [],
    tombstones: [],
    unreadable: [],
  });
  // No server for these made-up entries: the browser is offline, so changes stay on this device, pending.
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await page.reload();
  await openJournal(page);
}

test('a long list opens with the oldest 50 and shows more on request, focus on the first new one', async ({ page }) => {
  await seedCommitments(page, 20);
  await expect(page.locator('.commitment')).toHaveCount(50);
  await expect(page.locator('.commitment').first()).toContainText('Step 1');
  const more = page.getByRole('button', { name: 'Show 10 more open commitments (10 not shown)' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.commitment')).toHaveCount(60);
  await expect(page.locator('.commitment').nth(50).getByRole('button', { name: 'Mark done' })).toBeFocused();
  await expect(page.locator('.commitment').nth(50)).toContainText('Step 51');
  expect(await axeViolations(page)).toEqual([]);
});

test('drop: Escape cancels and gives focus back; dropped without a note; reopened', async ({ page }) => {
  await seedCommitments(page, 1);
  const drop = card(page, 'Step 2').getByRole('button', { name: 'Drop' });
  await drop.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'What happened? (optional)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(drop).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save as dropped' }).click();
  await expect(page.locator('#journal-status')).toHaveText(
    'Dropped: “Step 2”. Saved on this device; it uploads, encrypted, when you are back online.',
  );
  await expect(page.getByText('2 open. Oldest first.')).toBeVisible();
  await page.getByText('Done and dropped (1)').click();
  await expect(card(page, 'Step 2').getByText('Dropped', { exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'dropped');
  await card(page, 'Step 2').getByRole('button', { name: 'Reopen' }).click();
  await expect(page.locator('#journal-status')).toHaveText(
    'Reopened “Step 2”. Saved on this device; it uploads, encrypted, when you are back online.',
  );
  await expect(page.getByText('3 open. Oldest first.')).toBeVisible();
  await expect(page.getByText(/Done and dropped/)).toHaveCount(0);
});
