// When the runner asks the browser about its own model: at the person's first click in the runner that does not
// follow a link, never at load and never as the page leaves. Chromium 150's renderer crashes when
// LanguageModel.availability() answers "unavailable" after the page that asked is gone (it writes a console warning to
// a document that no longer exists), and the next page shows "Aw, Snap!". Loaded with the coach calls when the runner
// is idle, and from then on it brings the code that asks, so the first click asks at once.
import type { OnDeviceControl } from './create-on-device';
import type { PreferencesControl } from './create-preferences';

/** The browser has a Prompt API (its presence never changes while a page lives). */
const browserHasModelApi = 'LanguageModel' in globalThis;
/** Where the browser has a Prompt API, or the person chose its model before (to say it is not here); not elsewhere. */
const modelWanted = (preferences: PreferencesControl) =>
  browserHasModelApi || preferences.prefs().guide === 'on-device';
const loadOnDevice = () => import('./create-on-device');

// Where the browser has a Prompt API: the code that asks it, and the Guide settings choice it shows, are here before
// the first click, so that click asks at once (not after a download during which the person may be leaving) and
// the choice shows with the settings it is part of.
if (browserHasModelApi)
  loadOnDevice().then(
    ({ preloadViews }) => preloadViews(),
    () => undefined,
  );

/** The runners (by their preferences, one per runner) whose first click has come. */
const used = new WeakSet<PreferencesControl>();

/**
 * Hands the runner its hold on the browser's own model where it may be wanted, asking the browser what it has, at the
 * runner's first click that does not follow a link: the runner passes every click. A click opens each place that
 * offers the model (Guide settings, the disclosure), so the answer is there when that place is, or a moment later.
 * Every other browser loads none of this code.
 */
export function askModelOnUse(
  event: Event,
  preferences: PreferencesControl,
  found: (control: OnDeviceControl) => void,
): void {
  // A link leaves the page: asking then is the crash above.
  if (used.has(preferences) || (event.target as Element).closest('a')) return;
  used.add(preferences);
  if (!modelWanted(preferences)) return;
  loadOnDevice().then(
    ({ createOnDevice }) => found(createOnDevice()),
    () => undefined,
  );
}
