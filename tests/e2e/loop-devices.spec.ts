// The mentorship loop across a lost connection and two devices: a commitment marked done offline waits on this
// device, uploads when the connection returns, and shows as done on a second device restored from the recovery code.
// Steps and lookTest as in loop.spec.ts.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  ANSWERS,
  openJournal,
  recoveryCodeOf,
  restoreInFreshBrowser,
  saveToJournal,
  seededToSummary,
  storedEntries,
} from './journal-steps';
import { commitmentCard, useJourneyBrowser, lookTest, markDone } from './loop-steps';

const OFFLINE_NOTE = 'Sent it from the train; Sam answered the same day.';
const STEP = 'I will send the revised plan to Sam by Thursday.';

test.describe('offline in the middle: marked done on this device, uploaded when back online, seen done on a second device', () => {
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser();
  let other: { context: BrowserContext; page: Page };
  const page = journey.page;

  test('1. a reflection saved; its next step is an open commitment', async () => {
    // Its answers are setup data (seededToSummary); the same reflection typed up to its summary: loop.spec.ts step 1.
    await seededToSummary(page(), ANSWERS);
    await saveToJournal(page());
    await openJournal(page());
    await expect(commitmentCard(page(), STEP)).toBeVisible();
  });

  test('2. offline, the commitment is marked done and waits on this device', async () => {
    await journey.context().setOffline(true);
    await expect(page().getByText('You are offline. You can read and write')).toBeVisible();
    await markDone(page(), STEP, OFFLINE_NOTE);
    await page().keyboard.press('Enter');
    await expect(page().locator('#journal-status')).toHaveText(
      `Marked done: “${STEP}” Saved on this device; it uploads, encrypted, when you are back online.`,
    );
    await expect(page().locator('#journal-status')).toBeFocused();
    expect((await storedEntries(page())).map((e) => e.sync)).toEqual(['pending']);
  });
  lookTest('30-offline-marked-done', page, { narrow: true });

  test('3. back online, it uploads and the status line says so', async () => {
    await journey.context().setOffline(false);
    await expect(page().locator('#journal-status')).toHaveText(
      '1 reflection saved on this device is now on the server.',
    );
    expect((await storedEntries(page())).map((e) => e.sync)).toEqual(['synced']);
  });
  lookTest('31-back-online', page);

  test('4. a second device restored from the recovery code shows it done, with the note', async ({ browser }) => {
    const code = await recoveryCodeOf(page());
    other = journey.closeAfter(await restoreInFreshBrowser(browser, code));
    await expect(other.page.getByText('Restored 1 reflection.')).toBeVisible();
    await expect(commitmentCard(other.page, STEP)).toBeHidden();
    await other.page.getByText('Done and dropped (1)').click();
    const done = commitmentCard(other.page, STEP);
    await expect(done.getByText('Done', { exact: true })).toBeVisible();
    await expect(done.getByText(`What happened: ${OFFLINE_NOTE}`)).toBeVisible();
  });
  lookTest('32-second-device', () => other.page);
});
