// Ideas, never sentences: no run of eight words in our content may come from the seed text the site was
// planned from. The fixture holds only fingerprints of the seed's runs (scripts/seed-fingerprint.mjs).
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, ngrams, sharedRuns, wordsOf } from '../../src/data/ngrams';

const fixture = JSON.parse(await readFile('tests/fixtures/content/seed-8grams.json', 'utf8')) as {
  n: number;
  fingerprints: string[];
};
const seed = new Set(fixture.fingerprints);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(md|json|astro)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}
const files = [...(await filesUnder('content')), ...(await filesUnder('src/pages'))];

describe('sharedRuns', () => {
  it('finds an 8-word run from the source, whatever the case, punctuation or apostrophes', () => {
    const source = new Set(ngrams('One two three four five six seven eight nine.').map(fingerprint));
    expect(sharedRuns('So: ONE two, three four five six seven eight!', source)).toEqual([
      'one two three four five six seven eight',
    ]);
  });

  it('ignores runs of seven words', () => {
    const source = new Set(ngrams('One two three four five six seven eight nine.').map(fingerprint));
    expect(sharedRuns('one two three four five six seven, then nine', source)).toEqual([]);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(wordsOf("Don’t and don't")).toEqual(["don't", 'and', "don't"]);
  });
});

describe('the content', () => {
  it('has seed fingerprints to check against', () => {
    expect(fixture.n).toBe(8);
    expect(seed.size).toBeGreaterThan(50);
  });

  it.each(files)('%s shares no run of eight words with the seed', async (file) => {
    expect(sharedRuns(await readFile(file, 'utf8'), seed)).toEqual([]);
  });

  // Where the seed itself is present (the project's shared folder), the fixture must be made from it.
  const seedDir = '../shared/seed';
  it.skipIf(!existsSync(seedDir))('matches the seed text it was made from', async () => {
    const grams = new Set<string>();
    for (const file of await readdir(seedDir)) {
      for (const line of (await readFile(join(seedDir, file), 'utf8')).split('\n'))
        for (const g of ngrams(line)) grams.add(fingerprint(g));
    }
    expect([...grams].sort()).toEqual(fixture.fingerprints);
  });
});
