// Fails the run when Chromium's renderer crashed on one of the site's pages during it, and says which page, even where
// no test failed: Playwright reports a crash only to a test that was waiting on that page at the time, and a person
// would have seen it ("Aw, Snap!"). Chromium's crash handler leaves a minidump for every crash, in the Crash Reports
// folder of its default profile (not the temporary profile Playwright gives it); this reads the dumps written since
// the run began, keeps the renderers' that were showing this run's origin, and names their pages. It sees only what
// the crash handler writes: Debian's Chromium writes every crash there; a browser that writes none, or keeps its
// reports in another folder (Google Chrome's is google-chrome/), is not watched.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { FullConfig, FullResult, Reporter } from '@playwright/test/reporter';

const CONFIG_HOME = process.env.CHROME_CONFIG_HOME ?? process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
// A finished dump waits in pending/ until it is uploaded (never, here) and moves to completed/ once it is, or once the
// upload is skipped; new/ holds dumps still being written, which cannot be read yet.
const FOLDERS = ['pending', 'completed'].map((folder) => join(CONFIG_HOME, 'chromium', 'Crash Reports', folder));

/** The value of one of a minidump's crash keys (a little-endian length, then the text), or null when absent. */
function crashKey(dump: Buffer, key: string, valueStart: string): string | null {
  const at = dump.indexOf(`${key}\0`);
  if (at < 0) return null;
  const value = dump.indexOf(valueStart, at + key.length);
  if (value < 4 || value - at > key.length + 16) return null;
  const length = dump.readUInt32LE(value - 4);
  return length > 0 && length < 4096 ? dump.toString('latin1', value, value + length) : null;
}

/** A dump written since `since` (ms), or null when it is older or went away meanwhile (crashpad moves its files). */
function readSince(path: string, since: number): Buffer | null {
  try {
    return statSync(path).mtimeMs >= since ? readFileSync(path) : null;
  } catch {
    return null;
  }
}

const originOf = (page: string): string | null => (URL.canParse(page) ? new URL(page).origin : null);

/**
 * The renderers that crashed since `since` (ms): each with the page it was showing (null when the dump does not say)
 * and its minidump's path. Other processes' crashes (the GPU process, the browser) are left out.
 */
export function rendererCrashes(since: number, folders = FOLDERS): { page: string | null; dump: string }[] {
  return folders.flatMap((folder) => {
    let names: string[];
    try {
      names = readdirSync(folder)
        .filter((name) => name.endsWith('.dmp'))
        .sort();
    } catch {
      return []; // no crash has ever been recorded on this machine
    }
    return names.flatMap((name) => {
      const path = join(folder, name);
      const dump = readSince(path, since);
      if (!dump || crashKey(dump, 'ptype', 'renderer') !== 'renderer') return [];
      return [{ page: crashKey(dump, 'url-chunk', 'http'), dump: path }];
    });
  });
}

export default class CrashReporter implements Reporter {
  #since = Date.now();
  #origin = '';

  onBegin(config: FullConfig) {
    this.#since = Date.now();
    this.#origin = originOf(String(config.projects[0]?.use.baseURL ?? '')) ?? '';
  }

  async onEnd(result: FullResult) {
    const crashes = rendererCrashes(this.#since);
    const ours = crashes.filter(({ page }) => page !== null && originOf(page) === this.#origin);
    // A dump that names no page may be another program's Chromium: said, but it fails nothing.
    for (const { dump } of crashes.filter(({ page }) => page === null))
      console.log(`\nA Chromium renderer crashed during this run on a page its dump does not name (${dump}).`);
    if (ours.length === 0) return;
    console.log(`\nChromium's renderer crashed ${ours.length} time(s) during this run, on these pages:`);
    for (const { page, dump } of ours) console.log(`  ${page}  (minidump: ${dump})`);
    return { status: result.status === 'passed' ? ('failed' as const) : result.status };
  }
}
