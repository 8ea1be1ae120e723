// A summary as the person it was shared with reads it (the share viewer). The writer's own view is untouched: this
// only leaves out what speaks to the writer and says "they" where the built-in guide said "you".
import { EMPTY_SECTION_TEXT, type SummarySection } from './summary-format';

/**
 * The sections for the reader: the lines that invite the writer to add something (EMPTY_SECTION_TEXT) are left out,
 * and so is a section they leave empty; the built-in guide's sentences about the writer say "they".
 */
export function forReader(sections: SummarySection[]): SummarySection[] {
  return sections
    .map((section) => ({
      ...section,
      blocks: section.blocks
        .filter((b) => b.text.trim() !== EMPTY_SECTION_TEXT[section.key])
        .map((b) => ({ ...b, text: inReaderWords(b.text) })),
    }))
    .filter((section) => section.blocks.length > 0);
}

/**
 * The built-in guide's sentences about the writer, whole (src/shared/built-in-coach-summary.ts writes them; its
 * quotes never hold a closing quote mark). Only a line that is exactly one of these is changed: a line the writer
 * rewrote, or text after the quote, matches none and stays as written.
 */
const BUILT_IN_SENTENCES = [
  /^On “[^”]*”, you wrote “[^”]*”\.$/,
  /^You wrote “[^”]*”\.$/,
  /^Since last time you (?:did|let go of) “[^”]*”(?:: you wrote “[^”]*”)?\.$/,
  /^“[^”]*” is still open: you wrote “[^”]*”\.$/,
  /^You checked in on \d+ more earlier commitments? as well\.$/,
];

/** "you" becomes "they" outside the quotes only: the writer's own words stay exactly as written. */
function inReaderWords(line: string): string {
  if (!BUILT_IN_SENTENCES.some((sentence) => sentence.test(line))) return line;
  return line
    .split(/(“[^”]*”)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\byou wrote\b/g, 'they wrote')
            .replace(/^You wrote\b/, 'They wrote')
            .replace(/^Since last time you\b/, 'Since last time they')
            .replace(/^You checked in\b/, 'They checked in'),
    )
    .join('');
}
