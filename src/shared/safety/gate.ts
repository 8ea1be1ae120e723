// The safety gate: every text that reaches a guide (an answer, a reply to a follow-up, the answers and check-ins of a
// summary, an update's draft) gets exactly one of three kinds, here, before any guide sees it.
// - crisis: a clear warning sign. The fixed safety message; nothing quoted, no question.
// - care: words of death, harm or despair without a clear sign. A gentle question from messages.ts; nothing quoted.
// - coach: everything else, as usual.
// It runs in the functions and in the browser alike (the built-in guide answers there). The text is read the way
// people type it (normalise.ts), everyday idioms are set aside (idioms.ts), then warning signs are looked for by
// category in five languages (crisis-*.ts, compound-signs.ts) and words of care after them (care-patterns.ts).
import type { SignCategory } from './categories';
import { readingNeedsCare } from './care-patterns';
import { compoundSignOf } from './compound-signs';
import { ENGLISH_WORDS_SIGNS } from './crisis-english';
import { ENGLISH_ACT_SIGNS } from './crisis-english-acts';
import { OTHER_LANGUAGE_SIGNS } from './crisis-other-languages';
import { withoutIdioms } from './idioms';
import { crisisReadings, spellsOut } from './normalise';
import { familiesSignCrisis } from './risk-families';
import { compactSignalsCrisis } from './spelled-out';

export const GUIDE_SAFETY_KINDS = ['crisis', 'care', 'coach'] as const;
export type GuideSafety = (typeof GUIDE_SAFETY_KINDS)[number];

const SIGNS = [...ENGLISH_WORDS_SIGNS, ...ENGLISH_ACT_SIGNS, ...OTHER_LANGUAGE_SIGNS];

/** The plain readings of a text with its idioms set aside. */
const plainReadings = (text: string): string[] => crisisReadings(text).map(withoutIdioms);

/**
 * The categories of warning sign a text shows, or an empty list. `compound` when it shows only as two parts
 * together ("everything is ready" and "I'm gonna do it"), `families` when only cues of several families together
 * show it (risk-families.ts), `spelled-out` for letters written one by one.
 */
export function warningSigns(text: string): (SignCategory | 'compound' | 'families' | 'spelled-out')[] {
  if (text.trim().length === 0) return [];
  const readings = plainReadings(text);
  const found = new Set<SignCategory | 'compound' | 'families' | 'spelled-out'>();
  for (const sign of SIGNS) if (readings.some((reading) => sign.pattern.test(reading))) found.add(sign.category);
  if (found.size === 0 && readings.some(compoundSignOf)) found.add('compound');
  if (found.size === 0 && readings.some(familiesSignCrisis)) found.add('families');
  if (found.size === 0 && spellsOut(text) && crisisReadings(text).some(compactSignalsCrisis)) found.add('spelled-out');
  return [...found];
}

/** The kind of answer the guide owes these texts, read one by one and together (a sign can span two replies). */
export function guideSafety(...texts: string[]): GuideSafety {
  const written = texts.filter((text) => text.trim().length > 0);
  if (written.length === 0) return 'coach';
  if (written.some((text) => warningSigns(text).length > 0)) return 'crisis';
  if (written.length > 1 && plainReadings(written.join('\n')).some(compoundSignOf)) return 'crisis';
  return written.some((text) => plainReadings(text).some(readingNeedsCare)) ? 'care' : 'coach';
}

/** True when any of the texts shows a clear warning sign. */
export const signalsCrisis = (...texts: string[]): boolean => guideSafety(...texts) === 'crisis';
