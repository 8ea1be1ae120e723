// "Prepare for your next meeting" opens with the open commitments: the person marks what happened (keyboard only),
// reloads mid-note, continues, and finds their words in the summary and on the journal page. The journal is seeded as
// setup data: one saved reflection holding two open commitments, written to localStorage as a browser keeps it
// (not yet uploaded, so the first change uploads it: the real entries API runs behind the preview server).
import { expect, test, type Page } from '@playwright/test';
import { useJourneyBrowser } from './loop-steps';
import { answerBox, axeViolations, chooseBuiltInCoach, openRunner, ready, setStubMode, typeInto } from './support';

const JOURNAL_KEY = 'lodestar:journal:2';
const REVIEW = 'Ask Priya for a code review';
const DOC = 'Draft the design doc';
const NOTE = 'She reviewed it on Tuesday and liked the tests.';
const SHOTS = '/tmp/shots-checkin';

const b64 = (bytes: number) =>
  Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 37 + bytes) % 256)).toString('base64url');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** One saved "After the meeting" reflection whose next steps became two open commitments; one is overdue. */
function seededJournal() {
  const commitment = (id: string, text: string, due: string | null) => ({
    id,
    source: text,
    text,
    due,
    state: 'open',
    note: '',
    updatedAt: '2026-11-10T10:00:00.000Z',
  });
  const id = b64(16);
  return {
    v: 2,
    key: null,
    entries: [
      {
        localId: id,
        id,
        token: b64(32),
        revision: null,
        highestSeen: 0,
        serverRevision: null,
        edits: 1,
        attempts: [],
        sync: 'pending',
        content: {
          v: 1,
          setId: 'after-the-meeting',
          setTitle: 'After the meeting',
          prompts: [{ id: 'what-stuck', text: 'What stayed with you?' }],
          answers: { 'what-stuck': { answer: 'The review process.', followUps: [] } },
          summary: {
            text: `## Next steps\n\n- ${REVIEW}\n- ${DOC}\n`,
            source: 'built-in',
            createdAt: '2026-11-10T10:00:00.000Z',
          },
          savedAt: '2026-11-10T10:00:00.000Z',
          commitments: [commitment('cmReview00000001', REVIEW, daysAgo(3)), commitment('cmDesignDoc00002', DOC, null)],
        },
        createdAt: '2026-11-10T10:00:00.000Z',
        updatedAt: '2026-11-10T10:00:00.000Z',
      },
    ],
    shares: [],
    tombstones: [],
    unreadable: [],
  };
}

async function seed(page: Page) {
  await page.goto('/');
  await page.evaluate(([key, journal]) => localStorage.setItem(key as string, JSON.stringify(journal)), [
    JOURNAL_KEY,
    seededJournal(),
  ] as const);
}

async function storedCommitments(page: Page) {
  return page.evaluate((key) => {
    const journal = JSON.parse(localStorage.getItem(key) ?? '{}') as {
      entries: { sync: string; content: { commitments?: { text: string; state: string; note: string }[] } }[];
    };
    return journal.entries.flatMap((e) =>
      (e.content.commitments ?? []).map((c) => ({ text: c.text, state: c.state, note: c.note, sync: e.sync })),
    );
  }, JOURNAL_KEY);
}

const noteBox = (page: Page, n: number) => page.getByRole('textbox', { name: /^What happened\?/ }).nth(n);

test.describe('the check-in: keyboard through it, a reload mid-note, Continue → prompts → the summary and the journal hold the note', () => {
  // Steps that go on in one browser; each state is checked with axe in a test of its own (these checks ran inside the
  // journey before; see lookTest in loop-steps.ts).
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  const page = journey.page;
  const heading = () => page().getByRole('heading', { name: 'Since last time' });
  const first = () => page().getByRole('group', { name: REVIEW });

  test('1. the runner opens with the open commitments; the overdue one says so', async () => {
    await seed(page());
    await openRunner(page());
    await expect(page().getByText('First, a look at what you took on last time')).toBeVisible();
    await chooseBuiltInCoach(page());
    await page().getByRole('button', { name: 'Begin' }).focus();
    await page().keyboard.press('Enter');
    await expect(heading()).toBeFocused();
    await expect(first().getByText(/^From “After the meeting”, .+\. Overdue: it was due .+\.$/)).toBeVisible();
    await expect(first().getByRole('radio', { name: 'Still open' })).toBeChecked();
  });

  test('the check-in: no axe violations, narrow in dark and wide in light', async () => {
    await page().setViewportSize({ width: 380, height: 900 });
    await page().screenshot({ path: `${SHOTS}/checkin-narrow.png`, fullPage: true });
    await page().emulateMedia({ colorScheme: 'dark' });
    await page().screenshot({ path: `${SHOTS}/checkin-narrow-dark.png`, fullPage: true });
    expect(await axeViolations(page())).toEqual([]);
    await page().emulateMedia({ colorScheme: 'light' });
    await page().setViewportSize({ width: 1280, height: 900 });
    await page().screenshot({ path: `${SHOTS}/checkin-wide.png`, fullPage: true });
    expect(await axeViolations(page())).toEqual([]);
  });

  test('2. by keyboard: Done chosen, a note typed; a reload mid-sentence keeps the choice and every letter', async () => {
    // Tab lands on the group's chosen radio; the arrows choose within the group, as in any radio group.
    await page().keyboard.press('Tab');
    await expect(first().getByRole('radio', { name: 'Still open' })).toBeFocused();
    await page().keyboard.press('ArrowLeft');
    await expect(first().getByRole('radio', { name: 'Done' })).toBeChecked();
    await page().keyboard.press('Tab');
    await expect(noteBox(page(), 0)).toBeFocused();
    await page().keyboard.type('She reviewed it on Tues', { delay: 25 });
    await expect(noteBox(page(), 0)).toBeFocused();

    // Mid-sentence, no wait for the autosave: the reload keeps the choice and every letter.
    await page().reload();
    await ready(page());
    await expect(heading()).toBeVisible();
    await expect(first().getByRole('radio', { name: 'Done' })).toBeChecked();
    await expect(noteBox(page(), 0)).toHaveValue('She reviewed it on Tues');
    await noteBox(page(), 0).click();
    await noteBox(page(), 0).press('End');
    await page().keyboard.type('day and liked the tests.', { delay: 25 });
    await expect(noteBox(page(), 0)).toHaveValue(NOTE);
    await expect(page().locator('#save-status')).toHaveText('Saved on this device');
  });

  test('the check-in filled in: no axe violations', async () => {
    expect(await axeViolations(page())).toEqual([]);
    await page().screenshot({ path: `${SHOTS}/checkin-filled.png`, fullPage: true });
  });

  test('3. Continue writes the change to the journal; Back is the check-in as answered', async () => {
    await page().getByRole('button', { name: 'Continue' }).click();
    await expect(page().getByText('Prompt 1 of 5')).toBeVisible();
    await expect(page().getByText('Your journal is updated: 1 commitment, saved and encrypted.')).toBeVisible();
    await page().screenshot({ path: `${SHOTS}/after-continue.png`, fullPage: true });
    expect(await storedCommitments(page())).toEqual([
      { text: REVIEW, state: 'done', note: NOTE, sync: 'synced' },
      { text: DOC, state: 'open', note: '', sync: 'synced' },
    ]);

    // Back from the first prompt is the check-in again, with the answer as given (the commitment is done now).
    await page().getByRole('button', { name: 'Back' }).click();
    await expect(heading()).toBeFocused();
    await expect(first().getByRole('radio', { name: 'Done' })).toBeChecked();
    await expect(noteBox(page(), 0)).toHaveValue(NOTE);
    await page().getByRole('button', { name: 'Continue' }).click();
    await expect(page().getByText('Prompt 1 of 5')).toBeVisible();
  });

  test('4. the prompts, the review and the summary hold the note; saved with the check-ins', async () => {
    await answerBox(page()).click();
    await page().keyboard.type('I will ask about the team lead role. I want to decide by Friday.', { delay: 20 });
    for (let i = 0; i < 5; i++)
      await page()
        .getByRole('button', { name: i === 4 ? 'Review' : 'Next' })
        .click();
    const review = page().getByRole('heading', { name: 'Review your answers' });
    await expect(review).toBeVisible();
    await expect(page().getByText(`Done: ${NOTE}`)).toBeVisible();
    await expect(page().getByText('Still open.')).toBeVisible();
    await page().screenshot({ path: `${SHOTS}/review.png`, fullPage: true });
    await page().getByRole('button', { name: 'Write my summary' }).click();
    await expect(page().getByRole('heading', { name: 'Your summary' })).toBeVisible();
    await expect(
      page().getByText(`Since last time you did “${REVIEW}”: you wrote “${NOTE.replace(/\.$/, '')}”.`),
    ).toBeVisible();
    await expect(page().getByText(`“${DOC}” is still open.`)).toBeVisible();
    await page().screenshot({ path: `${SHOTS}/summary.png`, fullPage: true });

    await page().getByRole('button', { name: 'Save to my journal' }).click();
    await expect(page().getByText('Saved to your journal. Encrypted before it left your browser.')).toBeVisible();
    const saved = await page().evaluate(
      (key) =>
        (
          JSON.parse(localStorage.getItem(key) ?? '{}') as {
            entries: { content: { setId: string; checkIns?: unknown[] } }[];
          }
        ).entries.find((e) => e.content.setId === 'prepare-for-meeting')?.content.checkIns,
      JOURNAL_KEY,
    );
    expect(saved).toEqual([
      { commitmentId: 'cmReview00000001', text: REVIEW, state: 'done', note: NOTE },
      { commitmentId: 'cmDesignDoc00002', text: DOC, state: 'open', note: '' },
    ]);
  });

  test('5. the journal lists the commitment as done, with the note typed in the check-in', async () => {
    await page().goto('/journal/');
    await ready(page());
    const closed = page().locator('details.closed-commitments');
    await closed.getByText(/^Done and dropped/).click();
    await expect(closed.getByText(REVIEW)).toBeVisible();
    await expect(closed.getByText(`What happened: ${NOTE}`)).toBeVisible();
    await expect(page().getByRole('region', { name: 'Your commitments' }).getByText(DOC)).toBeVisible();
    await page().screenshot({ path: `${SHOTS}/journal.png`, fullPage: true });
  });
});

test('offline, Continue keeps the change on this device and says so', async ({ page, context }) => {
  await seed(page);
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  const second = page.getByRole('group', { name: DOC });
  await second.getByRole('radio', { name: 'Dropped' }).check();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(
    page.getByText(
      'Saved on this device: 1 commitment updated in your journal. It will upload, encrypted, when you are back online.',
    ),
  ).toBeVisible();
  expect((await storedCommitments(page)).find((c) => c.text === DOC)).toMatchObject({
    state: 'dropped',
    sync: 'pending',
  });
  await context.setOffline(false);
});

test('without open commitments, or in a set without a check-in, the first prompt follows the intro', async ({
  page,
}) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByText('Prompt 1 of 5')).toBeVisible();

  await seed(page);
  await openRunner(page, '/reflect/mentorship-assessment/');
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByText(/^Prompt 1 of \d+$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Since last time' })).toHaveCount(0);
});

test('the AI disclosure says the check-in notes are sent, and the summary request carries them', async ({ page }) => {
  await setStubMode(page, 'ok');
  await seed(page);
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('group', { name: REVIEW }).getByRole('radio', { name: 'Done' }).check();
  await typeInto(noteBox(page, 0), 'Done on Monday.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await typeInto(answerBox(page), 'I want help with the team lead decision.');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: i === 4 ? 'Review' : 'Next' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();

  const disclosure = page.locator('.disclosure');
  await expect(
    disclosure.getByText('including your earlier commitments and your notes on what happened'),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/disclosure.png`, fullPage: true });
  const request = page.waitForRequest('**/api/ai/summary');
  await page.getByRole('button', { name: 'Use the AI guide' }).click();
  expect(((await request).postDataJSON() as { checkIns: unknown }).checkIns).toEqual([
    { text: REVIEW, state: 'done', note: 'Done on Monday.' },
    { text: DOC, state: 'open', note: '' },
  ]);
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
});

test('when the journal cannot take the change, the check-in says so, keeps the note, and lets the person go on', async ({
  page,
}) => {
  await seed(page);
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('group', { name: REVIEW }).getByRole('radio', { name: 'Dropped' }).check();
  await typeInto(noteBox(page, 0), 'Priya left the team.');
  // Another tab deletes the reflection these commitments came from.
  await page.evaluate(
    (key) =>
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key) ?? '{}'), entries: [] })),
    JOURNAL_KEY,
  );
  await page.getByRole('button', { name: 'Continue' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Your journal was not fully updated. That commitment’s reflection is no longer in your journal',
  );
  await expect(alert).toContainText('Your notes are kept in this reflection.');
  await expect(noteBox(page, 0)).toHaveValue('Priya left the team.');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/checkin-failed.png`, fullPage: true });

  await alert.getByRole('button', { name: 'Continue without updating my journal' }).click();
  await expect(page.getByText('Prompt 1 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(noteBox(page, 0)).toHaveValue('Priya left the team.');
});
