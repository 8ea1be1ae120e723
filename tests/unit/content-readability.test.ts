// Plain English: every guide scores at least 60 on Flesch reading ease (`npm run content:report` prints all).
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MIN_READING_EASE, counts, proseOf, readingEase } from '../../src/data/readability';

const guides = (await readdir('content/guides')).filter((f) => f.endsWith('.md'));

describe('readingEase', () => {
  it('scores short plain sentences as easy and long Latinate ones as hard', () => {
    expect(readingEase('The cat sat on the mat. It was warm.')).toBeGreaterThan(90);
    expect(
      readingEase(
        'Organizational considerations necessitate comprehensive institutional evaluation of developmental relationships.',
      ),
    ).toBeLessThan(0);
  });

  it('reads prose only: no frontmatter, no headings, no link targets', () => {
    const prose = proseOf(
      '---\ntitle: "X"\n---\n\n## A heading\n\nRead [the guide](/guides/making-the-ask/).\n\n- one item\n',
    );
    expect(prose).toBe('Read the guide.\none item.');
  });

  it('counts list items and table cells as sentences', () => {
    expect(counts(proseOf('- first thing\n- second thing\n\n| a b | c d |\n|---|---|\n| e f | g h |')).sentence).toBe(
      6,
    );
  });
});

describe('the guides in content/guides', () => {
  it.each(guides)(`%s has a Flesch reading ease of at least ${MIN_READING_EASE}`, async (file) => {
    const ease = readingEase(await readFile(`content/guides/${file}`, 'utf8'));
    expect(ease, `${file} scores ${ease}`).toBeGreaterThanOrEqual(MIN_READING_EASE);
  });
});
