// The pages added for the whole relationship: templates (print on one page, copy as text without
// JavaScript), the program lead track, and the links that tie guides, templates and reflections together.
import { expect, test, type Page } from '@playwright/test';
import pkg from '../../package.json' with { type: 'json' };
import { sourceUrl } from '../../src/data/source-url';
import { axeViolations } from './support';

const TEMPLATES = [
  'mentoring-agreement',
  'meeting-agenda',
  'needs-map',
  'update-for-your-mentor',
  'three-month-review',
  'closing-note',
  'matching-intake-form',
];
const LEAD_GUIDES = [
  'running-a-mentoring-program',
  'recruiting-screening-and-training',
  'matching-and-starting-pairs',
  'monitoring-closure-and-evaluation',
];

/** The number of pages in a PDF, from its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Every link on the page that stays on this site, as paths with any #fragment. */
async function internalHrefs(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((h) => h.startsWith(origin)).map((h) => h.slice(origin.length)))];
}

test.describe('templates', () => {
  for (const id of TEMPLATES) {
    test(`${id} prints on one A4 page and one Letter page, showing only the sheet`, async ({ page }) => {
      await page.goto(`/templates/${id}/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.getByRole('group').filter({ hasText: 'Copy as text' })).toBeHidden();
      await expect(page.getByRole('region', { name: /to fill in$/ })).toBeVisible();
      for (const format of ['A4', 'Letter'] as const) {
        expect(pdfPageCount(await page.pdf({ format })), `${id} on ${format}`).toBe(1);
      }
    });
  }

  test('copies as text without JavaScript, by keyboard', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/templates/mentoring-agreement/');
    const summary = page.getByText('Copy as text', { exact: true });
    await summary.focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('textbox', { name: /The template as plain text/ });
    await expect(box).toBeVisible();
    await expect(box).toHaveJSProperty('readOnly', true);
    const text = await box.inputValue();
    expect(text).toMatch(/^Mentoring agreement\n=+\n/);
    expect(text).toContain('Done looks like:');
    expect(text).toContain('Either of us can pause or end this at any time, with a short message and no blame.');
    await context.close();
  });

  test('are linked from the guides that use them, and link back', async ({ page }) => {
    await page.goto('/guides/your-first-meeting/');
    await page.locator('article').getByRole('link', { name: 'mentoring agreement', exact: true }).click();
    await expect(page).toHaveURL(/\/templates\/mentoring-agreement\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring agreement');
    await page
      .getByRole('region', { name: 'Guides that use this template' })
      .getByRole('link', { name: 'Your first meeting' })
      .click();
    await expect(page).toHaveURL(/\/guides\/your-first-meeting\/$/);
  });

  test('ship no JavaScript but the service worker registration, and have no axe violations in print', async ({
    page,
  }) => {
    for (const path of ['/templates/', ...TEMPLATES.map((id) => `/templates/${id}/`)]) {
      const html = await (await page.request.get(path)).text();
      // The one script is the service worker's registration (src/browser/offline.ts, under 1 KB), which every page loads.
      expect(html.replace(/<script type="module" src="\/sw-register\.js"[^>]*><\/script>/, ''), path).not.toMatch(
        /<script\b/i,
      );
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      expect((await axeViolations(page)).map((v) => `${path}: ${v}`)).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

test.describe('program lead track', () => {
  test('the home page points leads to their own group on the guides index', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Read the program lead guides' }).click();
    await expect(page).toHaveURL(/\/guides\/#for-program-leads$/);
    const group = page.getByRole('region', { name: 'For program leads' });
    await expect(group).toBeInViewport();
    await expect(group.getByRole('listitem')).toHaveCount(LEAD_GUIDES.length);
    await group.getByRole('link', { name: 'Matching and starting pairs' }).click();
    await expect(page.getByText('For program leads', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'matching intake form' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Matching intake form');
  });
});

test.describe('links on the new pages', () => {
  test('every internal link reaches a page', async ({ page }) => {
    const pages = [
      '/templates/',
      ...TEMPLATES.map((id) => `/templates/${id}/`),
      ...LEAD_GUIDES.map((id) => `/guides/${id}/`),
      '/guides/sponsorship-and-mentorship/',
      '/guides/reverse-mentoring/',
    ];
    const seen = new Set<string>();
    for (const path of pages) {
      await page.goto(path);
      for (const href of await internalHrefs(page)) {
        const [target = '/', fragment] = href.split('#');
        if (!seen.has(target)) {
          seen.add(target);
          expect((await page.request.get(target)).status(), `${path} → ${href}`).toBe(200);
        }
        if (fragment && target === path)
          await expect(page.locator(`[id="${fragment}"]`), `${path} → #${fragment}`).toHaveCount(1);
      }
    }
  });

  test('the footer links to the source only when package.json names a repository', async ({ page }) => {
    const url = sourceUrl((pkg as { repository?: unknown }).repository);
    await page.goto('/about/');
    const footer = page.getByRole('navigation', { name: 'Footer' });
    await expect(footer.getByRole('link', { name: 'Privacy' })).toBeVisible();
    if (url) await expect(footer.getByRole('link', { name: 'Source' })).toHaveAttribute('href', url);
    else await expect(page.getByRole('link', { name: /source/i })).toHaveCount(0);
  });
});

test.describe('search', () => {
  test('finds a template as well as guides', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Words to look for' });
    await box.click();
    await box.pressSequentially('intake', { delay: 40 });
    await expect(page.locator('#search-results a[href="/templates/matching-intake-form/"]')).toBeVisible();
  });
});
