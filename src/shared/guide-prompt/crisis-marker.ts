// The AI's part of the safety net, beside its risk judgement (guide-judgement.ts). The gate (src/shared/safety) runs
// before anything reaches the model; for crisis it missed, the model is told to reply with this fixed marker and
// nothing else, and the server shows the human-written safety message instead. The model's words never stand in for it.

export const CRISIS_MARKER = '[[LODESTAR-SAFETY]]';

/**
 * True when a reply holds the marker anywhere: at the start, mid-way, wrapped in formatting, in another case,
 * or with invisible characters or spaces inside it. A model that half-follows the rule still triggers it.
 */
export function hasCrisisMarker(reply: string): boolean {
  const plain = reply.normalize('NFKC').replace(/[\p{Cf}]/gu, '');
  return /lodestar[\s_*-]*safety/i.test(plain);
}
