// Small text tools the built-in coach shares between its questions and its summary: sentences, words, the
// person's own phrase to mirror back, and a stable pick so the same answer always gets the same wording.

/** Small stable hash so the same answer always picks the same wording. */
export function stableHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash;
}

/** Splits prose into trimmed sentences. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Lower-case words (letters and apostrophes only), with curly apostrophes made straight. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[‘’ʼ]/g, "'")
      .match(/[\p{L}']+/gu) ?? []
  );
}

/**
 * Text safe to quote inside a question: no quotation marks, no question or exclamation marks (a follow-up has
 * exactly one question mark, its own), no trailing punctuation, single spaces.
 */
export function quotable(text: string): string {
  return text
    .replace(/["“”‘’«»„]/g, (ch) => (ch === '’' || ch === '‘' ? '’' : ''))
    .replace(/[?¿!¡]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:–—-]+$/, '')
    .trim();
}

/** Up to `max` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, max: number): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length > max ? `${all.slice(0, max).join(' ')}…` : all.join(' ');
}

/** The person's own words as a quotation, cut at the first clause break and at `max` words. */
export function quoteOf(sentence: string, max = 10): string {
  const clause = sentence.split(/[,;:–—]\s/)[0] ?? sentence;
  return `“${firstWords(quotable(clause.length >= 12 ? clause : sentence), max)}”`;
}

/** A short phrase of theirs to mirror back: up to `max` words of the first sentence that matches `prefer`. */
export function mirrorPhrase(answer: string, prefer?: RegExp, max = 8): string {
  const all = sentences(answer);
  const chosen = (prefer ? all.find((s) => prefer.test(s)) : undefined) ?? all.at(-1) ?? answer;
  const clause = chosen.split(/[,;:–—]\s/)[0] ?? chosen;
  return firstWords(quotable(clause), max);
}

/** Up to `max` of the person's words around the first one that matches `pattern`, quoted, "…" where cut. */
export function quoteAround(sentence: string, pattern: RegExp, max = 10): string {
  const all = quotable(sentence).split(/\s+/).filter(Boolean);
  const at = Math.max(
    0,
    all.findIndex((w) => pattern.test(w)),
  );
  const start = Math.max(0, Math.min(at - 5, all.length - max));
  const end = Math.min(all.length, start + max);
  return `“${start > 0 ? '…' : ''}${all.slice(start, end).join(' ')}${end < all.length ? '…' : ''}”`;
}

/** Picks one of `options` by a stable hash of `key`, skipping any already used. */
export function pick<T>(options: readonly T[], key: string, used: (option: T) => boolean = () => false): T | undefined {
  if (options.length === 0) return undefined;
  const start = stableHash(key) % options.length;
  for (let i = 0; i < options.length; i++) {
    const option = options[(start + i) % options.length] as T;
    if (!used(option)) return option;
  }
  return options[start];
}
