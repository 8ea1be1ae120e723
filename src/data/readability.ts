// Flesch reading ease for a guide: the prose a reader meets, scored with the standard formula (higher is
// easier; 60 and above is plain English). Used by the content tests, which fail below the floor, and by
// `npm run content:report`, which prints the score of every guide.
import { flesch } from 'flesch';
import { syllable } from 'syllable';

/** No guide may score below this. */
export const MIN_READING_EASE = 60;

/**
 * The prose of a Markdown guide, one sentence-like unit per line: frontmatter and headings dropped, link and
 * emphasis markup removed, and list items, quotes and table cells ended like sentences (they read as such).
 */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line) && !/^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(line))
    .flatMap((line) => line.split('|'))
    .map((line) =>
      line
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/^\s*(?:>\s*)+/, '')
        .replace(/^\s*(?:[-+]|\d+\.)\s+/, '')
        .trim(),
    )
    .filter((line) => /[A-Za-z]/.test(line))
    .map((line) => (/[.!?:;]["”’)]*$/.test(line) ? line : `${line}.`))
    .join('\n');
}

/** Words, sentences and syllables of plain text, counted the way the Flesch formula expects. */
export function counts(text: string): { word: number; sentence: number; syllable: number } {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  // A sentence ends at . ! ? or a colon/semicolon that ends a line (list leads, labels); e.g. and a.m. do not.
  const sentences = text
    .replace(/\b(?:e\.g|i\.e|etc|vs|a\.m|p\.m|Dr|Mr|Ms|Mrs|No)\./g, (m) => m.replace(/\./g, ''))
    .split(/[.!?]+["”’)]*(?:\s+|$)|[:;]\s*\n/)
    .filter((s) => /[A-Za-z]/.test(s));
  return {
    word: words.length,
    sentence: Math.max(1, sentences.length),
    syllable: words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0),
  };
}

/** Flesch reading ease of a Markdown guide's prose, rounded to one decimal. */
export function readingEase(markdown: string): number {
  const c = counts(proseOf(markdown));
  if (c.word === 0) return 0;
  return Math.round(flesch(c) * 10) / 10;
}
