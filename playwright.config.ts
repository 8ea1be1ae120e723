import { availableParallelism } from 'node:os';
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
  // One browser per core: most of a test is a person's pace (typed keys, waits for the page to answer), so a browser
  // per core keeps the cores busy without queueing, and the server's work is a few ms a request. E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? availableParallelism()),
  // Room for a busy machine, not for slow tests: on an idle one every test stays under a third of this (the slowest
  // are printed at the end of every run by slowest-reporter.ts). A test that needs more is split into steps.
  timeout: 90_000,
  // The functions are warm (a few ms per API call); this is room for a busy machine, not for a slow server.
  expect: { timeout: 10_000 },
  // The list shows each test's duration as it ends; then the slowest tests and the slowest files; then any renderer
  // crash on the site's pages, which fails the run even where no test was waiting on the page that crashed.
  reporter: [['list'], ['./tests/e2e/slowest-reporter.ts'], ['./tests/e2e/crash-reporter.ts']],
  reportSlowTests: { max: 10, threshold: 60_000 },
  use: {
    baseURL,
    // Kept for a failed test: every action with its timing, the network and the console. Without DOM snapshots or
    // screencast frames: taken before and after every action of every test, passing or not, they cost about 6 % of
    // the suite's time on a 2-core machine (4.9 against 4.6 minutes, in one pair of runs), and a failure's error-context.md already holds
    // the page as it was when it failed (its accessibility tree).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    // Playwright cannot route requests a service worker handles; tests that need the worker opt in.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not available here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
        // No Prompt API (Chrome's own model): the on-device specs put a scripted one in its place, and every other
        // test meets a browser without one, as in most browsers. This machine's Chromium has the API but no model;
        // its "unavailable" answer, when the page that asked has gone, crashes the renderer (see
        // src/islands/runner/model-on-use.ts). What production relies on that no test here can show: a real model's
        // answers, and that the runner's one call at the person's first click meets no such crash in Chrome.
        '--disable-blink-features=AIPromptAPI',
      ],
    },
  },
  // One project: every test runs beside the others. The Gemini stub's failures are scoped to the words of the test
  // that sets them (stubFailsWhen in tests/e2e/support.ts), so no test meets a failing AI guide it did not ask for.
  projects: [{ name: 'journeys' }],
  webServer: {
    // Builds the site, then serves dist/ with the preview server (warm functions), beside a local Gemini stub. Ready
    // once every function has answered one request (the server prints it), so the first test meets a warm server.
    command: 'node tests/support/e2e-server.mjs',
    url: `${baseURL}/`,
    wait: { stdout: /e2e server ready/ },
    env: { PORT: String(PORT), E2E_STUB_PORT: String(STUB_PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'pipe',
  },
});
