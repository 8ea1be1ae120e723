// The kinds of warning sign the safety gate looks for, after published guidance (988 Lifeline / SAMHSA's warning
// signs, Samaritans' signs to look out for, and the Columbia scale's screening questions): each pattern belongs to
// one, so the evaluation can report recall per kind. A plain leaf: no imports.

export const SIGN_CATEGORIES = [
  /** Talk of suicide, killing oneself, wanting to die or not to exist, in any tense or person, euphemisms too. */
  'direct',
  /** No reason or point in living, wanting everything to stop for good, no way out but death. */
  'hopeless',
  /** Being a burden, others better off without me, nobody would notice if I were gone. */
  'burden',
  /** Having, gathering or looking up means, and questions about methods. */
  'means',
  /** Goodbyes and final arrangements: notes, giving things away, "everything is ready", "my last …". */
  'goodbye',
  /** Hurting oneself now or again: cutting, burning, hitting. */
  'self-harm',
  /** Intent or timing: a plan, "tonight", "I'm going to do it" next to any other sign. */
  'intent',
] as const;
export type SignCategory = (typeof SIGN_CATEGORIES)[number];

/** One pattern of a warning sign, matched against a plain reading (see normalise.ts). */
export interface Sign {
  category: SignCategory;
  pattern: RegExp;
}

/** Builds the table for one category. */
export const signs = (category: SignCategory, patterns: RegExp[]): Sign[] =>
  patterns.map((pattern) => ({ category, pattern }));
