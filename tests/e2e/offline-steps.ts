// Steps the offline specs share: a browser of the person's own with service workers allowed (the suite blocks them
// elsewhere), the first visit that installs the worker, and a lost connection and its return.
import { devices, expect, test, type BrowserContext, type Page } from '@playwright/test';

/**
 * The person's own browser for one serial journey, with the service worker allowed: opened before the first step,
 * closed after the last (as loop-steps.ts's useJourneyBrowser, which blocks the worker).
 */
export function useOfflineBrowser() {
  let owner: { context: BrowserContext; page: Page } | undefined;
  test.beforeAll(async ({ browser }, info) => {
    const { defaultBrowserType: _, ...desktop } = devices['Desktop Chrome'];
    const { baseURL } = info.project.use;
    const context = await browser.newContext({ ...desktop, ...(baseURL ? { baseURL } : {}), serviceWorkers: 'allow' });
    owner = { context, page: await context.newPage() };
  });
  test.afterAll(async () => {
    await owner?.context.close();
  });
  const opened = () => {
    if (!owner) throw new Error('the offline browser is not open yet');
    return owner;
  };
  return { page: () => opened().page, context: () => opened().context };
}

/** Waits until the service worker has installed (its precache is complete) and controls the page. */
export async function workerInControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * The connection drops. Playwright's setOffline does not reach the service worker's own fetches
 * (microsoft/playwright#2311), so those are failed as a lost connection fails them; the API is failed too, whoever
 * asks, so nothing can reach the server by a path the emulation misses.
 */
export async function goOffline(context: BrowserContext) {
  await context.route('**', (route) => {
    const url = new URL(route.request().url());
    return route.request().serviceWorker() || url.pathname.startsWith('/api/')
      ? route.abort('internetdisconnected')
      : route.continue();
  });
  await context.setOffline(true);
}

/**
 * Tells an open page again that the connection is gone. In Debian's Chromium a document the service worker served
 * reads navigator.onLine as true under setOffline(true) (the journal's offline test saw the same), so it would never
 * hear the "online" event of the connection's return. Setting it off and on again (the routes still fail everything a
 * connection would carry) gives the page the "offline" event a real lost connection gives it.
 */
export async function pageHearsOffline(context: BrowserContext) {
  await context.setOffline(false);
  await context.setOffline(true);
}

/** The connection comes back. */
export async function goOnline(context: BrowserContext) {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.setOffline(false);
}

/** Follows a link in the site's main navigation, as a person does from any page. */
export async function navigateTo(page: Page, label: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}
