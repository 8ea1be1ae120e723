// Fails the run when Chromium's renderer crashed on one of the site's pages during it, and says which page, even where
// no test failed: Playwright reports a crash only to a test that was waiting on that page at the time, and a person
// would have seen it ("Aw, Snap!"). Chromium's crash handler leaves a minidump for every crash, in the Crash Reports
// folder of its default profile (not the temporary profile Playwright gives it); this reads the dumps written since
// the run began, keeps the renderers' that were showing this run's origin, and names their pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { FullConfig, FullResult, Reporter } from '@playwright/test/reporter';

const CONFIG_HOME = process.env.CHROME_CONFIG_HOME ?? process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
const DUMPS = join(CONFIG_HOME, 'chromium', 'Crash Reports', 'pending');

/** The value of one of a minidump's crash keys (a little-endian length, then the text), or null when absent. */
function crashKey(dump: Buffer, key: string, valueStart: string): string | null {
  const at = dump.indexOf(`${key}\0`);
  if (at < 0) return null;
  const value = dump.indexOf(valueStart, at + key.length);
  if (value < 4 || value - at > key.length + 16) return null;
  const length = dump.readUInt32LE(value - 4);
  return length > 0 && length < 4096 ? dump.toString('latin1', value, value + length) : null;
}

/** The pages whose renderer crashed since `since` (ms), on `origin`, each with its minidump's path. */
export function rendererCrashes(since: number, origin: string, folder = DUMPS): { page: string; dump: string }[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.dmp'));
  } catch {
    return []; // no crash has ever been recorded on this machine
  }
  return names
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).mtimeMs >= since)
    .map((path) => ({ dump: readFileSync(path), path }))
    .filter(({ dump }) => crashKey(dump, 'ptype', 'renderer') === 'renderer')
    .map(({ dump, path }) => ({ page: crashKey(dump, 'url-chunk', 'http') ?? 'an unknown page', dump: path }))
    .filter(({ page }) => page.startsWith(origin));
}

export default class CrashReporter implements Reporter {
  #since = Date.now();
  #origin = '';

  onBegin(config: FullConfig) {
    this.#since = Date.now();
    this.#origin = String(config.projects[0]?.use.baseURL ?? '');
  }

  async onEnd(result: FullResult) {
    const crashes = rendererCrashes(this.#since, this.#origin);
    if (crashes.length === 0) return;
    console.log(`\nChromium's renderer crashed ${crashes.length} time(s) during this run, on these pages:`);
    for (const { page, dump } of crashes) console.log(`  ${page}  (minidump: ${dump})`);
    return { status: result.status === 'passed' ? ('failed' as const) : result.status };
  }
}
