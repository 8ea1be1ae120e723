// Prints every guide's Flesch reading ease and word count, lowest first, and exits 1 if any is below the
// floor. `npm run content:report`. The same check runs in `npm test` (tests/unit/content-readability.test.ts).
import { readFile, readdir } from 'node:fs/promises';
import { MIN_READING_EASE, readingEase, proseOf, counts } from '../src/data/readability.ts';

const DIR = 'content/guides';
const rows = [];
for (const file of (await readdir(DIR)).filter((f) => f.endsWith('.md')).sort()) {
  const markdown = await readFile(`${DIR}/${file}`, 'utf8');
  rows.push({ guide: file.replace(/\.md$/, ''), ease: readingEase(markdown), words: counts(proseOf(markdown)).word });
}
rows.sort((a, b) => a.ease - b.ease);
const width = Math.max(...rows.map((r) => r.guide.length));
console.log(`${'guide'.padEnd(width)}  reading ease  words`);
for (const r of rows)
  console.log(
    `${r.guide.padEnd(width)}  ${r.ease.toFixed(1).padStart(12)}  ${String(r.words).padStart(5)}${r.ease < MIN_READING_EASE ? '  below the floor' : ''}`,
  );
const low = rows.filter((r) => r.ease < MIN_READING_EASE);
console.log(
  `\n${rows.length} guides; lowest ${rows[0]?.ease.toFixed(1)}, highest ${rows.at(-1)?.ease.toFixed(1)}; floor ${MIN_READING_EASE}.`,
);
if (low.length > 0) process.exit(1);
