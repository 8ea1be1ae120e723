// Lighthouse (mobile defaults) on a few pages of a running server: the median of three runs per category,
// as bench/run.mjs does for its page types. Used to check the templates pages score 100 in all four.
//   node scripts/lighthouse-pages.mjs http://127.0.0.1:8599 /templates/ /templates/needs-map/
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [origin, ...paths] = process.argv.slice(2);
if (!origin || paths.length === 0) {
  console.error('Give the server and the paths: node scripts/lighthouse-pages.mjs http://127.0.0.1:8599 /templates/');
  process.exit(1);
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
let below = false;
try {
  for (const path of paths) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const { lhr } = await lighthouse(origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])));
    }
    const median = Object.fromEntries(CATEGORIES.map((c) => [c, runs.map((r) => r[c]).sort((a, b) => a - b)[1]]));
    below ||= Object.values(median).some((score) => score < 100);
    console.log(`${path}  ${CATEGORIES.map((c) => `${c} ${median[c]}`).join('  ')}`);
  }
} finally {
  await chrome.kill();
}
process.exit(below ? 1 : 0);
