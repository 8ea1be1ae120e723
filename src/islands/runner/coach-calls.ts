// The coach as the runner calls it, loaded with the coach client on first use (or when the browser is idle): the
// requests, and the sentences only a reply can need (the built-in guide stood in, a failure it explained). Kept out
// of the runner's first load, which pays for every byte before the person can type.
import type { CoachReply } from '../../browser/coach-client';
import { CoachError } from '../../browser/coach-error';
import type { OnDeviceControl } from './create-on-device';
import type { PreferencesControl } from './create-preferences';

export { askFollowUp, askSummary } from '../../browser/coach-client';

/** Where the browser has a Prompt API, or the person chose its model before (to say it is not here); not elsewhere. */
const modelWanted = (preferences: PreferencesControl) =>
  'LanguageModel' in globalThis || preferences.prefs().guide === 'on-device';
const loadOnDevice = () => import('./create-on-device');
// Where the browser has a Prompt API, the code that asks it comes with this module (which the runner loads when
// idle), so the person's first use asks at once, not after a download during which they may be leaving.
if ('LanguageModel' in globalThis) loadOnDevice().catch(() => undefined);

/**
 * Hands the runner its hold on the browser's own model where it may be wanted, and asks the browser what it has, at
 * the runner's first click that does not follow a link (ReflectionRunner says why): the runner passes every click.
 * A click opens each place that offers the model (Guide settings, the disclosure), so its answer is there when that
 * place is, or a moment later. Every other browser loads none of its code.
 */
export function askModelOnUse(
  event: Event,
  preferences: PreferencesControl,
  found: (control: OnDeviceControl) => void,
): void {
  // A link leaves the page: asking then is the crash ReflectionRunner describes.
  if (used.has(preferences) || (event.target as Element).closest('a')) return;
  used.add(preferences);
  if (!modelWanted(preferences)) return;
  loadOnDevice().then(
    ({ createOnDevice }) => found(createOnDevice()),
    () => undefined,
  );
}
/** The runners (by their preferences) whose first use has come. */
const used = new WeakSet<PreferencesControl>();

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
