// Draws the app icons (public/icons/*.png) from the favicon's design in Debian's Chromium, since sharp may not run
// its install scripts here. Run once after changing the design, and commit the PNGs:
//   node scripts/make-icons.mjs
// "any" icons keep the favicon's rounded corners; "maskable" ones fill the square (the launcher cuts its own shape),
// with the star inside the central 80% safe zone.
import { chromium } from '@playwright/test';

const STAR = 'M16 5l2.6 8.4L27 16l-8.4 2.6L16 27l-2.6-8.4L5 16l8.4-2.6z';
const svg = (rounded, scale = 1) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"${rounded ? ' rx="6"' : ''} fill="#1d5f73"/><path d="${STAR}" fill="#fbfaf7" transform="translate(16 16) scale(${scale}) translate(-16 -16)"/></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: svg(true) },
  { file: 'icon-512.png', size: 512, svg: svg(true) },
  // The star reaches 11/32 of the width from the centre; scaled by 0.9 it stays within the safe circle (40%).
  { file: 'maskable-192.png', size: 192, svg: svg(false, 0.9) },
  { file: 'maskable-512.png', size: 512, svg: svg(false, 0.9) },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${icon.svg}`,
    );
    await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: true });
    await page.close();
    console.log(`icons: public/icons/${icon.file} (${icon.size} × ${icon.size})`);
  }
} finally {
  await browser.close();
}
