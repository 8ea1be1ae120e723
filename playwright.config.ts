import { defineConfig, devices } from '@playwright/test';

// Both ports can be moved (E2E_PORT, E2E_STUB_PORT) so two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 8899);
const STUB_PORT = Number(process.env.E2E_STUB_PORT ?? 8897);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  // Never retried: a test that passes only on its second try is a bug to find, not to hide.
  retries: 0,
  // Two cores here: two browsers beside the server and the stub is what the machine holds.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Generous: a timeout costs nothing when a test passes, and this machine is shared; retries stay 0.
  timeout: 90_000,
  // The functions are warm (a few ms per API call); this is room for a busy machine, not for a slow server.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    // Kept for a failed test (DOM snapshots, network, console), without screencast frames: tracing stays light on
    // this 2-core machine, and the snapshots show the same steps.
    trace: { mode: 'retain-on-failure', screenshots: false },
    // Playwright cannot route requests a service worker handles; tests that need the worker opt in.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not available here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    },
  },
  projects: [
    // Everything a person does, two browsers at a time.
    { name: 'journeys', testIgnore: /faults\.spec\.ts$/ },
    // The Gemini stub's failure modes are global to the server, so the test that switches them runs alone, after
    // every other test has finished: no other test can meet a failing AI guide it did not ask for.
    { name: 'faults', testMatch: /faults\.spec\.ts$/, dependencies: ['journeys'] },
  ],
  webServer: {
    // Builds the site, then serves dist/ with the preview server (warm functions), beside a local Gemini stub.
    command: 'node tests/support/e2e-server.mjs',
    url: `${baseURL}/`,
    env: { PORT: String(PORT), E2E_STUB_PORT: String(STUB_PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'pipe',
  },
});
