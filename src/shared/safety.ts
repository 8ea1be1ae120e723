// When an answer signals crisis or self-harm, the coach stops asking questions and shows this fixed,
// human-written message. No model ever improvises words for someone in crisis: a person wrote these, once.
// The check reads text the way people really write it (safety-normalise.ts) against phrases in several
// languages (safety-patterns.ts). The AI has a second net for what this misses: see netlify/lib/ai/crisis-marker.ts.
import { crisisReadings, spellsOut } from './safety-normalise';
import { compactSignalsCrisis, readingSignalsCrisis } from './safety-patterns';

export const SAFETY_MESSAGE = [
  'It sounds like you may be going through something very hard right now. This guide is not the right place for it, and you deserve real support.',
  'If you are in danger or might act on thoughts of harming yourself, call your local emergency number now.',
  'You can also talk to someone today: in the US, call or text 988; in the UK and Ireland, call Samaritans on 116 123; elsewhere, findahelpline.com lists free, confidential lines.',
  'Your writing is still saved on this device. Come back to it whenever you are ready.',
].join('\n\n');

/** True when any of the texts contains a phrase that signals crisis or self-harm, however it is spelled. */
export function signalsCrisis(...texts: string[]): boolean {
  return texts.some((text) => {
    if (text.trim().length === 0) return false;
    const readings = crisisReadings(text);
    return readings.some(readingSignalsCrisis) || (spellsOut(text) && readings.some(compactSignalsCrisis));
  });
}
