// Word n-grams for the "ideas, never sentences" check: our content must not share a run of eight words with
// the seed text it was planned from. The seed itself is not stored in the repository, only SHA-256
// fingerprints of its 8-word runs (tests/fixtures/content/seed-8grams.json), made by scripts/seed-fingerprint.mjs.
import { createHash } from 'node:crypto';

/** The run length the check uses. */
export const NGRAM = 8;

/** Lower-case words with punctuation and markup removed; curly apostrophes become straight. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  );
}

/** Every run of n consecutive words, joined by single spaces. */
export function ngrams(text: string, n = NGRAM): string[] {
  const words = wordsOf(text);
  return Array.from({ length: Math.max(0, words.length - n + 1) }, (_, i) => words.slice(i, i + n).join(' '));
}

/** The fingerprint stored for one n-gram. */
export function fingerprint(gram: string): string {
  return createHash('sha256').update(gram, 'utf8').digest('hex');
}

/** The n-grams of text whose fingerprints are in the set: each one is a run copied from the seed. */
export function sharedRuns(text: string, fingerprints: ReadonlySet<string>, n = NGRAM): string[] {
  return [...new Set(ngrams(text, n).filter((gram) => fingerprints.has(fingerprint(gram))))];
}
