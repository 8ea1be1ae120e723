import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

// Saving, sharing, revoking, exporting, deleting and moving devices, with the built-in guide so the AI stub's
// global state does not matter. Each test starts with an empty browser profile.
const SET = '/reflect/after-the-meeting/';

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function ready(page: Page) {
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
}

/** Writes a reflection with the built-in guide up to its summary; returns the answers written. */
async function reflectToSummary(page: Page, answers: string[]) {
  await page.goto(SET);
  await ready(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  for (const [i, answer] of answers.entries()) {
    await page.getByRole('textbox', { name: 'Your answer', exact: true }).fill(answer);
    if (i === 0) {
      await page.getByRole('button', { name: 'Go deeper' }).click();
      await page.getByRole('button', { name: 'Use the built-in guide' }).click();
      await expect(page.locator('.follow-up-question')).toHaveCount(1);
    }
    await page.getByRole('button', { name: i === 4 ? 'Review' : 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
}

async function saveToJournal(page: Page) {
  await page.getByRole('button', { name: /Save (changes )?to my journal/ }).click();
  await expect(page.getByText('Saved to your journal. Encrypted before it left your browser.')).toBeVisible();
}

const ANSWERS = [
  'My mentor said the launch plan was not ready. I felt stuck afterwards.',
  'I will send the revised plan to Sam by Thursday.',
  'I learned that my mentor also struggled with launches early on.',
  'Follow up on the introduction to the design lead.',
  'It feels steady. How do I ask for more direct feedback?',
];

test('reflect → save → reload → the reflection is in the journal; export matches what was written', async ({ page }) => {
  await reflectToSummary(page, ANSWERS);
  await saveToJournal(page);
  await page.reload();
  await page.goto('/journal/');
  await ready(page);
  const entry = page.locator('.journal-entries > li').first();
  await expect(entry.getByRole('heading', { name: 'After the meeting' })).toBeVisible();
  await expect(entry.getByText('Saved, encrypted, on the server')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const downloadPromise = page.waitForEvent('download');
  await entry.getByRole('button', { name: 'Export (.json)' }).click();
  const download = await downloadPromise;
  let text = '';
  for await (const chunk of await download.createReadStream()) text += String(chunk);
  const exported = JSON.parse(text) as { answers: Record<string, { answer: string }>; prompts: { id: string }[] };
  expect(exported.prompts.map((p) => exported.answers[p.id]?.answer)).toEqual(ANSWERS);

  await entry.getByRole('button', { name: 'Open' }).click();
  await expect(entry.getByText('I will send the revised plan to Sam by Thursday.').first()).toBeVisible();
});

test('share → the mentor reads it in a fresh browser → the owner revokes → the mentor sees "not available"', async ({ page, browser }) => {
  // The built-in summary quotes the longest answer's first sentence, so this markup reaches the shared summary.
  const markup = 'The whiteboard said <img src=x onerror=alert(1)> and <script>alert(3)</script> in big letters during our long review meeting.';
  await reflectToSummary(page, [`${markup} It took most of the hour and left me thinking about it all week long.`, ...ANSWERS.slice(1)]);
  await saveToJournal(page);
  await page.getByRole('button', { name: 'Share with my mentor' }).click();
  await page.getByRole('radio', { name: '1 day' }).check();
  await page.getByLabel('A note for your mentor (optional)').fill('Looking forward to Thursday. <img src=x onerror=alert(1)> <script>alert(2)</script>');
  await page.getByRole('button', { name: 'Create link' }).click();
  const link = await page.getByLabel('Your link').inputValue();
  expect(link).toMatch(/\/s\/#[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);

  const mentor = await (browser as Browser).newContext();
  const mentorPage = await mentor.newPage();
  const dialogs: string[] = [];
  mentorPage.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await mentorPage.goto(link);
  await expect(mentorPage.getByRole('heading', { name: 'A reflection shared with you' })).toBeVisible();
  await expect(mentorPage.getByText('Looking forward to Thursday. <img src=x onerror=alert(1)> <script>alert(2)</script>')).toBeVisible();
  await expect(mentorPage.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  await expect(mentorPage.locator('.summary').getByText('<img src=x onerror=alert(1)> and <script>alert(3)</script>', { exact: false })).toBeVisible();
  await expect(mentorPage.locator('article img, article script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(await axeViolations(mentorPage)).toEqual([]);

  await page.goto('/journal/');
  await ready(page);
  await page.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText('The link no longer works.')).toBeVisible();

  await mentorPage.reload();
  await expect(mentorPage.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
  await mentor.close();
});

test('broken and tampered links all say the same polite "not available"', async ({ page }) => {
  for (const hash of ['', '#nonsense', `#${'A'.repeat(22)}.${'B'.repeat(43)}`]) {
    await page.goto(`/s/${hash}`);
    await expect(page.getByRole('heading', { name: 'This link is not available' })).toBeVisible();
  }
});

test('delete everything leaves nothing on the server', async ({ page }) => {
  await reflectToSummary(page, ANSWERS);
  await saveToJournal(page);
  const serverIds = await page.evaluate(() => {
    const journal = JSON.parse(localStorage.getItem('lodestar:journal') ?? '{}') as { entries: { serverId: string; ownerToken: string }[] };
    return journal.entries.map((e) => ({ id: e.serverId, token: e.ownerToken }));
  });
  expect(serverIds).toHaveLength(1);
  await page.goto('/journal/');
  await ready(page);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything is deleted.')).toBeVisible();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  for (const { id, token } of serverIds) {
    const response = await page.request.get(`/api/entries/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(404);
  }
});

test('moving to another device with the recovery code restores the journal', async ({ page, browser }) => {
  await reflectToSummary(page, ANSWERS);
  await saveToJournal(page);
  await page.goto('/journal/');
  await ready(page);
  await page.getByRole('button', { name: 'Show my recovery code' }).click();
  const code = await page.getByLabel('Your recovery code').inputValue();
  expect(code).toMatch(/^LODESTAR-1\./);

  const other = await (browser as Browser).newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/journal/');
  await ready(otherPage);
  await expect(otherPage.getByText('Nothing saved yet.')).toBeVisible();
  await otherPage.getByLabel('Paste a recovery code').fill(code);
  await otherPage.getByRole('button', { name: 'Restore my journal' }).click();
  await expect(otherPage.getByText('Restored 1 reflection.')).toBeVisible();
  const entry = otherPage.locator('.journal-entries > li').first();
  await entry.getByRole('button', { name: 'Open' }).click();
  await expect(entry.getByText('I learned that my mentor also struggled with launches early on.').first()).toBeVisible();
  await other.close();
});

test('a save from a stale tab is shown as a conflict, not silently overwritten', async ({ page, context }) => {
  await reflectToSummary(page, ANSWERS);
  await saveToJournal(page);
  // A second tab continues the same entry and saves a change.
  const second = await context.newPage();
  await second.goto('/journal/');
  await ready(second);
  await second.getByRole('button', { name: 'Continue' }).click();
  await expect(second.getByRole('heading', { name: 'Your summary' })).toBeVisible();
  await saveToJournal(second);
  // The first tab still holds revision 1 in its page state and saves again.
  await page.getByRole('button', { name: 'Save changes to my journal' }).click();
  await expect(page.getByRole('alert')).toContainText('saved from another tab or device after you opened it');
  await page.getByRole('button', { name: 'Replace it with this version' }).click();
  await expect(page.getByText('Saved to your journal. Encrypted before it left your browser.')).toBeVisible();
});

test('offline, a save waits on the device and uploads when back online', async ({ page, context }) => {
  await reflectToSummary(page, ANSWERS);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText('Saved on this device. It will upload, encrypted, when you are back online.')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('Back online: saved to your journal, encrypted.')).toBeVisible();
  await page.goto('/journal/');
  await ready(page);
  await expect(page.getByText('Saved, encrypted, on the server')).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the journal opens and reads offline once it has been visited', async ({ page, context }) => {
    await reflectToSummary(page, ANSWERS);
    await saveToJournal(page);
    await page.goto('/journal/');
    await ready(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the worker, which keeps this page and its assets
    await ready(page);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await expect(page.getByText('You are offline. You can read and write')).toBeVisible();
    const entry = page.locator('.journal-entries > li').first();
    await entry.getByRole('button', { name: 'Open' }).click();
    await expect(entry.getByText('I will send the revised plan to Sam by Thursday.').first()).toBeVisible();
    await context.setOffline(false);
  });
});
