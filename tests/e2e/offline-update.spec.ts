// A new version of the site is announced, never swapped in: with a reflection half written in one tab, a new service
// worker (a changed /sw.js, from a deploy of the site of this spec's own) installs and waits; both tabs say "A new
// version of Lodestar is ready — reload when you are done" with a Reload button; the reflection's tab is not
// reloaded; Reload in the other tab hands over to the new worker and reloads only that tab; Reload in the
// reflection's tab, later, reloads it with the answer kept.
import { expect, test, type Page } from '@playwright/test';
import { startStaticDeploy, type StaticDeploy } from '../support/static-deploy';
import { lookTest } from './loop-steps';
import { useOfflineBrowser, workerInControl } from './offline-steps';
import { answerBox, openRunner, typeInto } from './support';

test.describe.configure({ mode: 'serial' });

const READY = 'A new version of Lodestar is ready — reload when you are done.';
const ANSWER = 'My mentor asked what I want from the next three months, and I did not know yet.';

let deploy: StaticDeploy;
test.beforeAll(async () => {
  deploy = await startStaticDeploy();
});
test.afterAll(async () => {
  await deploy.close();
});

const person = useOfflineBrowser();
const page = () => person.page();
let reader: Page;

/** Marks this document, so a reload (which makes a new one) shows. */
const markDocument = (tab: Page) =>
  tab.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const sameDocument = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

test('1. a reflection half written under the installed worker, and a guide open in a second tab', async () => {
  await openRunner(page(), `${deploy.url}/reflect/three-month-review/`);
  await workerInControl(page());
  await page().getByRole('button', { name: 'Begin' }).click();
  await typeInto(answerBox(page()), ANSWER);
  await markDocument(page());
  reader = await person.context().newPage();
  await reader.goto(`${deploy.url}/guides/`);
  await workerInControl(reader);
});

test('2. a new version is deployed: both tabs announce it, and the reflection stays as it was', async () => {
  deploy.deployNextVersion();
  // The browser looks for a new worker when a page is opened.
  await reader.getByRole('link', { name: 'Giving and receiving feedback' }).first().click();
  await expect(reader.getByRole('status').filter({ hasText: READY })).toBeVisible();
  await expect(page().getByRole('status').filter({ hasText: READY })).toBeVisible();
  expect(await sameDocument(page())).toBe(true);
  await expect(answerBox(page())).toHaveValue(ANSWER);
});
lookTest('new version announced', page);

test('3. Reload in the second tab hands over to the new worker and reloads that tab only', async () => {
  await markDocument(reader);
  await reader.getByRole('button', { name: 'Reload' }).focus();
  await reader.keyboard.press('Enter');
  await expect(reader.getByRole('status').filter({ hasText: READY })).toHaveCount(0);
  await expect.poll(() => sameDocument(reader)).toBe(false);
  await expect(reader.getByRole('heading', { level: 1, name: 'Giving and receiving feedback' })).toBeVisible();
  expect(await sameDocument(page())).toBe(true);
  await expect(answerBox(page())).toHaveValue(ANSWER);
});

test('4. back in the reflection, Reload (the other tab has handed over already) reloads it, and the answer is kept', async () => {
  await page().getByRole('button', { name: 'Reload' }).focus();
  await page().keyboard.press('Enter');
  await expect.poll(() => sameDocument(page()).catch(() => true)).toBe(false);
  await expect(answerBox(page())).toHaveValue(ANSWER);
  await expect(page().getByRole('status').filter({ hasText: READY })).toHaveCount(0);
});
