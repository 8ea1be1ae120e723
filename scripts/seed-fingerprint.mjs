// Writes the fingerprints of the seed's 8-word runs to tests/fixtures/content/seed-8grams.json, so the test
// that our content copies no sentence of the seed can run anywhere without the seed text in the repository.
//   node scripts/seed-fingerprint.mjs <seed folder or file>
// Each line of the seed is its own unit: runs never cross from one line (heading, item) to the next.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fingerprint, ngrams, NGRAM } from '../src/data/ngrams.ts';

const source = process.argv[2];
if (!source) {
  console.error('Give the seed folder or file: node scripts/seed-fingerprint.mjs ../shared/seed');
  process.exit(1);
}
const files = (await stat(source)).isDirectory()
  ? (await readdir(source)).sort().map((f) => join(source, f))
  : [source];
const grams = new Set();
for (const file of files) {
  for (const line of (await readFile(file, 'utf8')).split('\n'))
    for (const gram of ngrams(line)) grams.add(fingerprint(gram));
}
const out = 'tests/fixtures/content/seed-8grams.json';
await writeFile(out, `${JSON.stringify({ n: NGRAM, fingerprints: [...grams].sort() }, null, 1)}\n`);
console.log(`seed: ${grams.size} fingerprints of ${NGRAM}-word runs written to ${out}`);
