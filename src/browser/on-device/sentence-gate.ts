// Holds back a streaming reply until the safety gate has passed it. Text is let through only up to the end of its
// last whole sentence or line, and only once everything let through so far reads as ordinary to the same gate as the
// person's own text (src/shared/safety): a reply that turns to death, harm or methods in a later sentence is stopped
// there, and what was shown is replaced by the safe outcome (see on-device-guide.ts). The whole text is checked
// each time, not only the new sentence, because some signs show only together, sentences apart.
import { guideSafety, mentionsHarm } from '../../shared/safety';

export type GateVerdict =
  /** Ordinary: `shown` may be on screen. */
  | 'pass'
  /** The text speaks of death, harm or methods: the safety message instead. */
  | 'crisis'
  /** It uses a word of harm: the built-in guide instead, which never does. */
  | 'harm';

/** The end of the last whole sentence or line in `text` (0 when there is none yet). */
export function lastBoundary(text: string): number {
  let end = 0;
  for (const match of text.matchAll(/[.?!…]["”’)]*(?=\s)|\n/g)) end = match.index + match[0].length;
  return end;
}

export function createSentenceGate() {
  let passed = '';
  return {
    /** Takes the reply so far (`final` once it is complete); says whether it may stand, and what may be shown. */
    offer(text: string, final = false): { verdict: GateVerdict; shown: string } {
      const candidate = final ? text : text.slice(0, lastBoundary(text));
      if (candidate.length > passed.length || final) {
        if (guideSafety(candidate) !== 'coach') return { verdict: 'crisis', shown: '' };
        if (mentionsHarm(candidate)) return { verdict: 'harm', shown: '' };
        passed = candidate;
      }
      return { verdict: 'pass', shown: passed };
    },
  };
}
