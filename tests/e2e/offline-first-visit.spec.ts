// A new person's first visit, then the connection drops: pages they never opened still open (a guide, the templates,
// the search with Pagefind's index), a reflection they never opened runs to its summary with the built-in guide and
// is saved on the device, the journal shows it, and back online it syncs. A shared link says in a sentence that it
// needs the server. One browser with the service worker allowed, serial steps; each new state's axe check is a test.
import { expect, test } from '@playwright/test';
import { lookTest } from './loop-steps';
import { goOffline, goOnline, navigateTo, pageHearsOffline, useOfflineBrowser, workerInControl } from './offline-steps';
import { answerBox, landedQuestions, ready, typeInto, TYPING_DELAY_MS } from './support';

test.describe.configure({ mode: 'serial' });

const ANSWERS = [
  'We went through my launch plan. My mentor asked who owns the rollout, and I had no answer yet.',
  'I will ask Priya to own the rollout and send her the plan by Friday.',
  'That my mentor plans backwards from the date, which I never do.',
  'The introduction to the support lead is still open.',
  'Calmer than before. I would like to ask how she says no to extra work.',
];

const person = useOfflineBrowser();
const page = () => person.page();

/** What the browser says when the Content-Security-Policy blocks something: nothing, online or off. */
const cspReports: string[] = [];

test('1. the first visit, online: the home page, and the service worker installs and takes the page', async () => {
  page().on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspReports.push(message.text());
  });
  await page().goto('/');
  await expect(page().getByRole('heading', { level: 1 })).toBeVisible();
  await workerInControl(page());
});

test('2. offline: the guides index and a guide never opened', async () => {
  await goOffline(person.context());
  await navigateTo(page(), 'Guides', 'Guides');
  const response = page().waitForResponse(
    (r) => new URL(r.url()).pathname === '/guides/giving-and-receiving-feedback/',
  );
  await page().getByRole('link', { name: 'Giving and receiving feedback' }).first().click();
  await expect(page().getByRole('heading', { level: 1, name: 'Giving and receiving feedback' })).toBeVisible();
  // From the worker's cache, with the site's own policy: the precache keeps each page's headers.
  expect((await response).fromServiceWorker()).toBe(true);
  expect((await response).headers()['content-security-policy']).toContain("script-src 'self'");
});
lookTest('offline guide', page);

test('3. offline: the templates and one never opened', async () => {
  await page().getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Templates' }).click();
  await expect(page().getByRole('heading', { level: 1 })).toBeVisible();
  await page()
    .getByRole('link', { name: /Meeting agenda/ })
    .first()
    .click();
  await expect(page().getByRole('heading', { level: 1, name: /agenda/i })).toBeVisible();
});

test('4. offline: the search finds guides in its index, typed', async () => {
  await navigateTo(page(), 'Search', 'Search guides and templates');
  await page().getByLabel('Words to look for').pressSequentially('feedback', { delay: TYPING_DELAY_MS });
  await expect(page().getByRole('status').filter({ hasText: /found/ })).toHaveText(/\d+ pages? found\./);
  await expect(page().getByRole('link', { name: 'Giving and receiving feedback' })).toBeVisible();
});
lookTest('offline search results', page);

test('5. offline: a reflection never opened runs to its summary with the built-in guide', async () => {
  await navigateTo(page(), 'Reflect', 'Guided reflections');
  await page().getByRole('link', { name: 'After the meeting' }).click();
  await ready(page());
  await page().getByRole('button', { name: 'Begin' }).click();
  for (const [i, answer] of ANSWERS.entries()) {
    await typeInto(answerBox(page()), answer);
    if (i === 0) {
      await page().getByRole('button', { name: 'Go deeper' }).click();
      await page().getByRole('button', { name: 'Use the built-in guide' }).click();
      await expect(landedQuestions(page())).toHaveCount(1);
    }
    await page()
      .getByRole('button', { name: i === ANSWERS.length - 1 ? 'Review' : 'Next' })
      .click();
  }
  await page().getByRole('button', { name: 'Write my summary' }).click();
  await expect(page().getByRole('heading', { name: 'Your summary' })).toBeVisible();
  await expect(page().getByText('Made by the built-in guide from your own words.', { exact: false })).toBeVisible();
});

test('6. offline: saved to the journal on this device, to sync later', async () => {
  await page().getByRole('button', { name: 'Save to my journal' }).click();
  await expect(
    page().getByText('Saved on this device. It will upload, encrypted, when you are back online.'),
  ).toBeVisible();
});
lookTest('offline saved on this device', page);

test('7. offline: the journal opens and shows the reflection, waiting to upload', async () => {
  await navigateTo(page(), 'My journal', 'My journal');
  await ready(page());
  const entry = page().locator('.journal-entries > li').first();
  await expect(entry.getByRole('heading', { name: 'After the meeting' })).toBeVisible();
  await expect(entry.getByText('On this device only; uploads when you are online')).toBeVisible();
  await pageHearsOffline(person.context());
  await expect(
    page().getByText('You are offline. You can read and write; saved reflections upload when you are back online.'),
  ).toBeVisible();
});
lookTest('offline journal', page);

test('8. back online: the reflection syncs, and the journal says so', async () => {
  await goOnline(person.context());
  const entry = page().locator('.journal-entries > li').first();
  await expect(entry.getByText('Saved, encrypted, on the server')).toBeVisible();
});

test('9. offline: a shared link says in a sentence that it needs the server, then opens when back online', async () => {
  await goOffline(person.context());
  await page().goto(`/s/#${'A'.repeat(22)}.${'A'.repeat(43)}`);
  await expect(
    page().getByRole('heading', { level: 1, name: 'The shared reflection could not be fetched' }),
  ).toBeVisible();
  await expect(
    page().getByText('A shared reflection is kept on the server, so opening it needs a connection.'),
  ).toBeVisible();
});
lookTest('offline shared link', page);

test('10. back online, "Try again" reaches the server (this link was never made, so it says so)', async () => {
  await goOnline(person.context());
  await page().getByRole('button', { name: 'Try again' }).focus();
  await page().keyboard.press('Enter');
  await expect(page().getByRole('heading', { level: 1, name: 'This link is not available' })).toBeVisible();
});

test('the Content-Security-Policy blocked nothing on the way, online or offline', () => {
  expect(cspReports).toEqual([]);
});
