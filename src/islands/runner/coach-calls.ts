// The coach as the runner calls it, loaded with the coach client on first use (or when the browser is idle): the
// requests, and the sentences only a reply can need (the built-in guide stood in, a failure it explained). Kept out
// of the runner's first load, which pays for every byte before the person can type.
import type { CoachReply } from '../../browser/coach-client';
import { CoachError } from '../../browser/coach-error';

export { askFollowUp, askSummary } from '../../browser/coach-client';
// Loaded with the coach: the runner hands it every click (ReflectionRunner).
export { askModelOnUse } from './model-on-use';

/** Said under the step when the AI guide (or the on-device guide) was chosen but the built-in guide answered. */
export const FALLBACK_NOTICE: Record<NonNullable<CoachReply['fallback']>, string> = {
  'no-key': 'The AI guide is not set up on this site, so the built-in guide answered.',
  'upstream-error': 'The AI guide did not answer, so the built-in guide answered instead.',
  timeout: 'The AI guide took too long, so the built-in guide answered instead.',
  budget: 'The AI guide has reached its limit for today, so the built-in guide answered instead.',
  'on-device-unavailable':
    'Your browser’s own model is not available here now, so the built-in guide answered. Nothing left this device.',
  'on-device-not-downloaded':
    'Your browser’s own model is not downloaded yet, so the built-in guide answered. Download it under Guide settings to use it.',
  'on-device-failed':
    'Your browser’s own model did not give a usable answer, so the built-in guide answered instead. Nothing left this device.',
  'on-device-slow':
    'Your browser’s own model took too long, so the built-in guide answered instead. Nothing left this device.',
};

/** The failure's own sentence when it has one written for the person; null for anything else. */
export const failureSentence = (error: unknown): string | null => (error instanceof CoachError ? error.message : null);

/** True when the built-in guide can answer this request at once (the AI guide refused it for a while). */
export const offersBuiltIn = (error: unknown): boolean => error instanceof CoachError && error.offersBuiltIn;
