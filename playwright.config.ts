import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 8899);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 90_000,
  // @netlify/dev rebuilds a function on every request (about 2 s, more under load), so API-backed steps need room.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // Playwright cannot route requests a service worker handles; tests that need the worker opt in.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not available here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    },
  },
  webServer: {
    // Builds the site, then serves dist/ with Netlify's emulation, beside a local Gemini-protocol stub.
    command: 'node tests/support/e2e-server.mjs',
    url: `${baseURL}/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'pipe',
  },
});
