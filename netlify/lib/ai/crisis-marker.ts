// The AI's part of the safety net. The phrase check (src/shared/safety.ts) runs before anything reaches the
// model; for crisis the check missed, the model is told to answer with this fixed marker and nothing else, and
// the server shows the human-written safety message instead. The model's own words never stand in for it.

export const CRISIS_MARKER = '[[LODESTAR-SAFETY]]';

/** The rule the model is given, in both prompts. */
export const CRISIS_RULE = `If anything the person wrote suggests they may be in crisis, thinking about suicide or self-harm, or in danger, in any language and however indirectly it is said, reply with exactly ${CRISIS_MARKER} and nothing else. The site then shows them a message written by people, with places to find help. Never write your own message about it.`;

/**
 * True when a reply holds the marker anywhere: at the start, mid-way, wrapped in formatting, in another case,
 * or with invisible characters or spaces inside it. A model that half-follows the rule still triggers it.
 */
export function hasCrisisMarker(reply: string): boolean {
  const plain = reply.normalize('NFKC').replace(/[\p{Cf}]/gu, '');
  return /lodestar[\s_*-]*safety/i.test(plain);
}
