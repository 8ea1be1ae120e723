// Chromium offers to install the site: the web app manifest is linked from every page, parses without errors, names
// icons that exist at the sizes it says, and the installability check (CDP Page.getInstallabilityErrors) finds none.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { workerInControl } from './offline-steps';

test.use({ serviceWorkers: 'allow' });

test('Chromium finds nothing that stops the site being installed', async ({ playwright }, info) => {
  // A browser with a profile on disk, as a person's is: Playwright's usual contexts are incognito, where Chromium
  // never offers to install anything ("in-incognito").
  const profile = await mkdtemp(join(tmpdir(), 'lodestar-install-'));
  const { launchOptions, baseURL } = info.project.use;
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...launchOptions,
    ...(baseURL ? { baseURL } : {}),
    serviceWorkers: 'allow',
  });
  try {
    const page = await context.newPage();
    await page.goto('/guides/');
    await workerInControl(page);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
    expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the manifest says what the app is, and each icon exists at the size it names', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(href ?? '')).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ short_name: 'Lodestar', start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
    '192x192 any',
    '192x192 maskable',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, icon.src);
    expect(size, icon.src).toBe(icon.sizes);
  }
});

test('every page links the manifest and loads only the registration script', async ({ page }) => {
  for (const path of ['/', '/guides/making-the-ask/', '/reflect/', '/templates/meeting-agenda/', '/s/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    await expect(page.locator('script[src="/sw-register.js"]')).toHaveCount(1);
  }
});
