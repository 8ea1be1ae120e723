import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support';

/** Every page path listed in the sitemap, as paths on the server under test. */
async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await page.request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
  }
  return paths;
}

test.describe('reading path', () => {
  test('goes from home to a guide to its related reflection', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
    await page.getByRole('link', { name: 'Making the ask' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ask');
    await expect(page.getByRole('navigation', { name: 'On this page' }).or(page.locator('details.toc'))).toBeVisible();
    const callout = page.getByRole('complementary', { name: 'Reflect on this' });
    const firstLink = callout.getByRole('link').first();
    const setTitle = await firstLink.textContent();
    await firstLink.click();
    await expect(page).toHaveURL(/\/reflect\/[a-z-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(setTitle ?? '');
  });

  test('moves between guides with previous and next', async ({ page }) => {
    await page.goto('/guides/what-mentorship-involves/');
    await page.getByRole('link', { name: /Next guide/ }).click();
    await expect(page).toHaveURL(/\/guides\/why-mentorship-matters\/$/);
    await page.getByRole('link', { name: /Previous guide/ }).click();
    await expect(page).toHaveURL(/\/guides\/what-mentorship-involves\/$/);
  });

  test('filters the guides index by audience with plain links', async ({ page }) => {
    await page.goto('/guides/');
    await page
      .getByRole('navigation', { name: 'Guides by audience' })
      .getByRole('link', { name: 'For mentors' })
      .click();
    await expect(page).toHaveURL(/#for-mentors$/);
    await expect(page.getByRole('heading', { level: 2, name: 'For mentors' })).toBeInViewport();
  });
});

test.describe('guide pages', () => {
  test('ship no JavaScript but the service worker registration', async ({ page }) => {
    const guides = (await sitemapPaths(page)).filter((p) => /^\/guides\/[^/]+\/$/.test(p));
    expect(guides.length).toBeGreaterThanOrEqual(20);
    for (const path of guides) {
      const html = await (await page.request.get(path)).text();
      // The one script is the service worker's registration (src/browser/offline.ts, under 1 KB), which every page loads.
      expect(html.replace(/<script type="module" src="\/sw-register\.js"[^>]*><\/script>/, ''), path).not.toMatch(
        /<script\b/i,
      );
    }
  });
});

/**
 * The sweep over every sitemap page is cut into parts, each a test of its own, run side by side: every page is still
 * checked, and no test holds fifty pages' worth of work against one timeout.
 */
const PARTS = 12;
const part = (paths: string[], n: number) => paths.filter((_, i) => i % PARTS === n);

/**
 * The dark scheme changes nothing but the colour properties on :root (the one prefers-color-scheme block, in
 * global.css), so the same DOM is checked again with axe's rules that read colours, not with the rules whose answer
 * the light sweep has just given.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('every page in the sitemap', () => {
  test.describe.configure({ mode: 'parallel' });

  test('is more than 40 pages, each in one part of the sweep below', async ({ page }) => {
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThan(40);
    expect(
      Array.from({ length: PARTS }, (_, n) => part(paths, n))
        .flat()
        .sort(),
    ).toEqual([...paths].sort());
  });

  // Each page is loaded once for all three checks: a console error or a resource the CSP blocks shows while the page
  // loads, and the analyses then give late scripts time to fail too; the network's quiet (500 ms with no request) has
  // by then long been reached, and is still awaited before the next page.
  for (let n = 0; n < PARTS; n++) {
    test(`loads without console errors or blocked resources, has no axe violations in light, nor colour violations in dark (part ${n + 1} of ${PARTS})`, async ({
      page,
    }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      for (const path of part(await sitemapPaths(page), n)) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        problems.push(...(await axeViolations(page)).map((v) => `light ${path}: ${v}`));
        await page.emulateMedia({ colorScheme: 'dark' });
        problems.push(...(await axeViolations(page, COLOUR_RULES)).map((v) => `dark ${path}: ${v}`));
        await page.waitForLoadState('networkidle');
      }
      expect(problems).toEqual([]);
    });
  }

  test('sends the security headers', async ({ page }) => {
    for (const path of [...(await sitemapPaths(page)), '/no-such-page/']) {
      const response = await page.request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], path).toContain("default-src 'self'");
      expect(headers['content-security-policy'], path).not.toContain('unsafe-inline');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['permissions-policy'], path).toContain('camera=()');
    }
  });
});

test.describe('unknown addresses', () => {
  test('get the 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/this-page-does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
  });
});

test.describe('search', () => {
  test('finds a guide by a word in its body', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Words to look for' });
    await box.click();
    await box.pressSequentially('sponsor', { delay: 40 });
    await expect(box).toHaveValue('sponsor');
    await expect(box).toBeFocused();
    const firstResult = page.locator('#search-results a').first();
    await expect(firstResult).toBeVisible();
    // Typing on while results show keeps every key: the results never take the focus or the text.
    await box.pressSequentially('ship', { delay: 40 });
    await expect(box).toHaveValue('sponsorship');
    await expect(firstResult).toBeVisible();
    await expect(firstResult).toHaveAttribute('href', /\/guides\//);
  });
});
