// The journal in a real browser: save, edit and save again, two tabs, another device, the recovery code under a
// passphrase, an unreadable stored item, offline saving and reading, and "Delete everything". Each test starts with
// an empty browser profile and uses the built-in guide, so the AI stub's global state does not matter.
//
// The first test types the whole reflection on the way to the journal; the others start from its answers as setup
// data (seededToSummary: the runner's draft on its review) and ask for the summary and save it as a person does, since
// their subject is what comes after. A state checked with axe is a test of its own after the step that reaches it
// (lookTest), in a serial group that keeps one browser; these checks ran inside the tests before.
import { expect, test } from '@playwright/test';
import {
  ANSWERS,
  JOURNAL_KEY,
  SAVED,
  SET,
  addToSummary,
  openJournal,
  ready,
  recoveryCodeOf,
  reflectToSummary,
  restoreInFreshBrowser,
  saveToJournal,
  seededToSummary,
  storedEntries,
} from './journal-steps';
import { lookTest, useJourneyBrowser } from './loop-steps';

// Each test or group stands alone (its own browser profile, its own entries on the server), so they run side by side:
// in one worker this file was the run's longest chain (reportSlowTests: 2 minutes).
test.describe.configure({ mode: 'parallel' });

test.describe('reflect → save → reload → the reflection is in the journal; export matches what was written', () => {
  test.describe.configure({ mode: 'serial' });
  const journey = useJourneyBrowser();
  const page = journey.page;
  const entry = () => page().locator('.journal-entries > li').first();

  test('1. typed, saved, and after a reload listed in the journal as on the server', async () => {
    await reflectToSummary(page(), ANSWERS);
    await saveToJournal(page());
    await page().reload();
    await openJournal(page());
    await expect(entry().getByRole('heading', { name: 'After the meeting' })).toBeVisible();
    await expect(entry().getByText('Saved, encrypted, on the server')).toBeVisible();
  });
  lookTest('journal-saved', page);

  test('2. the export matches what was written', async () => {
    const downloadPromise = page().waitForEvent('download');
    await entry().getByRole('button', { name: 'Export (.json)' }).click();
    let text = '';
    for await (const chunk of await (await downloadPromise).createReadStream()) text += String(chunk);
    const exported = JSON.parse(text) as { answers: Record<string, { answer: string }>; prompts: { id: string }[] };
    expect(exported.prompts.map((p) => exported.answers[p.id]?.answer)).toEqual(ANSWERS);
  });
});

test('save → edit the summary → save again updates the same entry with what the person sees', async ({ page }) => {
  await seededToSummary(page, ANSWERS);
  await saveToJournal(page);
  const added = 'I will ask Sam for direct feedback on Friday.';
  await addToSummary(page, added);
  await saveToJournal(page);
  expect((await storedEntries(page)).map((e) => [e.revision, e.sync])).toEqual([[2, 'synced']]);
  await openJournal(page);
  await expect(page.locator('.journal-entries > li')).toHaveCount(1);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.entry-detail').getByText(added)).toBeVisible();
});

test('two tabs saving the same reflection both succeed: the journal is one browser, not two devices', async ({
  page,
  context,
}) => {
  await seededToSummary(page, ANSWERS);
  await saveToJournal(page);
  const second = await context.newPage();
  await openJournal(second);
  await second.getByRole('button', { name: 'Continue' }).click();
  await expect(second.getByRole('heading', { name: 'Your summary' })).toBeVisible();
  await saveToJournal(second);
  await page.getByRole('button', { name: 'Save changes to my journal' }).click();
  await expect(page.getByText(SAVED)).toBeVisible();
  await expect(page.getByText('saved from another tab or device')).toHaveCount(0);
  expect((await storedEntries(page)).map((e) => [e.revision, e.sync])).toEqual([[3, 'synced']]);
});

test('delete everything leaves nothing on the server, including a share', async ({ page }) => {
  await seededToSummary(page, ANSWERS);
  await saveToJournal(page);
  await page.getByRole('button', { name: 'Share with my mentor' }).click();
  await page.getByRole('button', { name: 'Create link' }).click();
  const link = await page.getByLabel('Your link').inputValue();
  const entries = await storedEntries(page);
  expect(entries).toHaveLength(1);
  await openJournal(page);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Delete everything?' })).toHaveText(
    /^Delete 1 saved reflection and 1 shared link\? This cannot be undone\./,
  );
  // "Keep my journal" hands focus back to the button that asked.
  await page.getByRole('button', { name: 'Keep my journal' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Delete everything' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything is deleted.')).toBeVisible();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  for (const { id, token } of entries) {
    expect(
      (await page.request.get(`/api/entries/${id}`, { headers: { authorization: `Bearer ${token}` } })).status(),
    ).toBe(404);
  }
  expect((await page.request.get(`/api/shares/${new URL(link).hash.slice(1, 23)}`)).status()).toBe(404);
  // Every trace: no journal, draft, reply or choice of this site's is left in this browser.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lodestar:')))).toEqual([]);
});

test.describe('the recovery code, protected by a passphrase, restores the journal in a fresh browser', () => {
  test.describe.configure({ mode: 'serial' });
  const journey = useJourneyBrowser();
  const page = journey.page;
  const passphrase = 'lantern river 42';
  let code: string;

  test('1. a saved reflection; the code is shown under a typed passphrase', async () => {
    await seededToSummary(page(), ANSWERS);
    await saveToJournal(page());
    code = await recoveryCodeOf(page(), passphrase);
    expect(code).toMatch(/^LODESTAR-1P\.600000\./);
  });
  lookTest('journal-recovery-code', page);

  test('2. a wrong passphrase is said plainly; the right one restores the reflection in a fresh browser', async ({
    browser,
  }) => {
    const wrong = await restoreInFreshBrowser(browser, code, 'lantern river 24');
    await expect(wrong.page.getByText('That passphrase does not open this recovery code.')).toBeVisible();
    await wrong.context.close();

    const { context, page: other } = await restoreInFreshBrowser(browser, code, passphrase);
    await expect(other.getByText('Restored 1 reflection.')).toBeVisible();
    const entry = other.locator('.journal-entries > li').first();
    await entry.getByRole('button', { name: 'Open' }).click();
    await expect(
      entry.getByText('I learned that my mentor also struggled with launches early on.').first(),
    ).toBeVisible();
    await context.close();
  });
});

test.describe('a save from another device is a conflict; "Replace it with this version" works the first time', () => {
  test.describe.configure({ mode: 'serial' });
  const journey = useJourneyBrowser();
  const page = journey.page;

  test('1. saved here, changed and saved on a phone restored from the code: saving here again is a conflict', async ({
    browser,
  }) => {
    await seededToSummary(page(), ANSWERS);
    await saveToJournal(page());
    const code = await recoveryCodeOf(page());
    const { context, page: phone } = await restoreInFreshBrowser(browser, code);
    await expect(phone.getByText('Restored 1 reflection.')).toBeVisible();
    await phone.getByRole('button', { name: 'Continue' }).click();
    await addToSummary(phone, 'Written on my phone on the way home.');
    await saveToJournal(phone);
    await context.close();

    await page().goto(SET); // the laptop's draft still holds its own version
    await ready(page());
    await page().getByRole('button', { name: 'Save changes to my journal' }).click();
    await expect(page().getByRole('alert')).toContainText('saved from another tab or device after you opened it');
  });
  lookTest('runner-conflict', page);

  test('2. "Replace it with this version" saves it the first time', async () => {
    await page().getByRole('button', { name: 'Replace it with this version' }).click();
    await expect(page().getByText(SAVED)).toBeVisible();
    expect((await storedEntries(page())).map((e) => [e.revision, e.sync])).toEqual([[3, 'synced']]);
  });
});

test.describe('one damaged item in the stored journal is listed as unreadable, and the rest still opens', () => {
  test.describe.configure({ mode: 'serial' });
  const journey = useJourneyBrowser();
  const page = journey.page;

  test('1. listed apart from the saved reflection, which still opens', async () => {
    await seededToSummary(page(), ANSWERS);
    await saveToJournal(page());
    await page().evaluate((key) => {
      const journal = JSON.parse(localStorage.getItem(key) ?? '{}') as { entries: unknown[] };
      journal.entries.push({ localId: 'damaged', content: { answers: 42 } });
      localStorage.setItem(key, JSON.stringify(journal));
    }, JOURNAL_KEY);
    await openJournal(page());
    await expect(page().locator('.journal-entries > li')).toHaveCount(1);
    await expect(page().getByRole('heading', { name: 'Items this page cannot read' })).toBeVisible();
  });
  lookTest('journal-unreadable', page);

  test('2. "Remove it" removes it from this browser', async () => {
    await page().getByRole('button', { name: 'Remove it' }).click();
    await expect(page().getByText('The unreadable item is removed from this browser.')).toBeVisible();
    await expect(page().getByRole('heading', { name: 'Items this page cannot read' })).toHaveCount(0);
  });
});

test('offline, a save waits on the device and uploads when back online', async ({ page, context }) => {
  await seededToSummary(page, ANSWERS);
  // The connection drops once the person sees the save button (its code loads with the summary; before the service
  // worker has kept it, a first visit that goes offline sooner has no button to press).
  const save = page.getByRole('button', { name: 'Save to my journal' });
  await expect(save).toBeVisible();
  await context.setOffline(true);
  await save.click();
  await expect(
    page.getByText('Saved on this device. It will upload, encrypted, when you are back online.'),
  ).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('Back online: saved to your journal, encrypted.')).toBeVisible();
  await openJournal(page);
  await expect(page.getByText('Saved, encrypted, on the server')).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the journal opens and reads offline once it has been visited', async ({ page, context }) => {
    await seededToSummary(page, ANSWERS);
    await saveToJournal(page);
    await openJournal(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the worker, which keeps this page and its assets
    await ready(page);
    // Offline as a lost connection is: Playwright's setOffline does not reach the worker's own fetches
    // (microsoft/playwright#2311), so they fail here as they would without a network, and the page comes from its cache.
    await context.route('**', (route) =>
      route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue(),
    );
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    // In Debian's Chromium 150 a document the worker served reads navigator.onLine as true even so (checked: it does
    // after this reload): the offline state is set again, and the page hears it as the browser's "offline" event.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect(page.getByText('You are offline. You can read and write')).toBeVisible();
    const entry = page.locator('.journal-entries > li').first();
    await entry.getByRole('button', { name: 'Open' }).click();
    await expect(entry.getByText('I will send the revised plan to Sam by Thursday.').first()).toBeVisible();
    await context.unrouteAll();
    await context.setOffline(false);
  });
});
