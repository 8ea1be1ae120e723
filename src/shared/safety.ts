// When an answer signals crisis or self-harm, the coach stops asking questions and shows this fixed,
// human-written message. No model ever improvises words for someone in crisis: a person wrote these, once.

export const SAFETY_MESSAGE = [
  'It sounds like you may be going through something very hard right now. This guide is not the right place for it, and you deserve real support.',
  'If you are in danger or might act on thoughts of harming yourself, call your local emergency number now.',
  'You can also talk to someone today: in the US, call or text 988; in the UK and Ireland, call Samaritans on 116 123; elsewhere, findahelpline.com lists free, confidential lines.',
  'Your writing is still saved on this device. Come back to it whenever you are ready.',
].join('\n\n');

// Deliberately narrow phrases: a false alarm is kinder than a miss, but ordinary words about work stress
// ("this deadline is killing me") should not trigger it.
const CRISIS_PATTERNS: RegExp[] = [
  /\bkill(?:ing)?\s+myself\b/i,
  /\bsuicid(?:e|al)\b/i,
  /\bend(?:ing)?\s+(?:it\s+all|my\s+life)\b/i,
  /\bself[-\s]?harm/i,
  /\bhurt(?:ing)?\s+myself\b/i,
  /\bcut(?:ting)?\s+myself\b/i,
  /\b(?:don'?t|do not)\s+want\s+to\s+(?:live|be\s+alive|be\s+here\s+anymore)\b/i,
  /\bwant\s+to\s+die\b/i,
  /\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living)\b/i,
  /\bbetter\s+off\s+(?:dead|without\s+me)\b/i,
];

/** True when any of the texts contains a phrase that signals crisis or self-harm. */
export function signalsCrisis(...texts: string[]): boolean {
  // Phone and Mac keyboards type curly apostrophes ("don’t"); the patterns are written with straight ones.
  return texts.some((text) => {
    const plain = text.replace(/[‘’ʼ`]/g, "'");
    return CRISIS_PATTERNS.some((pattern) => pattern.test(plain));
  });
}
