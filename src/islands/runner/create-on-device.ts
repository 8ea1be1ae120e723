// The browser's own model as the runner offers it: whether this browser has one, its download (which starts only
// from the person's click and reports its progress), and its choice in Guide settings. Made at the person's first
// click in the runner (model-on-use.ts), only where the Prompt API exists or the person chose it before, so other
// browsers load nothing for it; where the API exists it is loaded before, once the runner is idle. The model itself is
// asked by src/browser/on-device, on first use.
import { createComponent, createSignal, lazy, type JSX } from 'solid-js';
import type { PreferencesControl } from './create-preferences';

// The views come with the control, so the runner's own first load and the disclosure import neither.
const OnDeviceChoice = lazy(() => import('./OnDeviceChoice'));
const OnDeviceDownload = lazy(() => import('../OnDeviceDownload'));
// Loaded with this module, so the person's first click asks the browser at once, not after one more download during
// which they may be leaving (model-on-use.ts).
import { createSession, onDeviceAvailability, type OnDeviceAvailability } from '../../browser/on-device/prompt-api';
import type { DownloadState, OnDeviceControl } from './on-device-control';

export type { DownloadState, OnDeviceControl } from './on-device-control';

/** Fetches both views ahead of their first showing (model-on-use.ts, while the runner is idle). */
export const preloadViews = (): Promise<unknown> => Promise.all([OnDeviceChoice.preload(), OnDeviceDownload.preload()]);

const DOWNLOAD_FAILED =
  'Your browser could not download its model. Nothing was sent anywhere, and your writing is saved on this device. Try again, or choose another guide.';

/** Asks the browser what it has at once (call it only once the person uses the runner); nothing is downloaded. */
export function createOnDevice(): OnDeviceControl {
  const [availability, setAvailability] = createSignal<OnDeviceAvailability | null>(null);
  const [download, setDownload] = createSignal<DownloadState>({ phase: 'idle' });
  onDeviceAvailability().then(setAvailability, () => setAvailability('unavailable'));

  /** Downloads the model; call it only from the person's click. True once the model is ready to use. */
  const start = async (): Promise<boolean> => {
    if (download().phase === 'downloading') return false;
    setDownload({ phase: 'downloading', progress: null });
    try {
      const session = await createSession({
        onProgress: (progress) => setDownload({ phase: 'downloading', progress }),
      });
      session.destroy();
      setAvailability('available');
      setDownload({ phase: 'done' });
      return true;
    } catch {
      setDownload({ phase: 'failed', message: DOWNLOAD_FAILED });
      return false;
    }
  };

  const control: OnDeviceControl = {
    availability,
    download,
    start,
    /** The browser has a model it can use or download: the on-device guide is offered. */
    offered: () => {
      const now = availability();
      return now === 'available' || now === 'downloadable' || now === 'downloading';
    },
    /** Offered, but the model is not on this device yet: it needs the person's click to download. */
    needsDownload: () => availability() === 'downloadable' || availability() === 'downloading',
    /** The third choice in Guide settings (shown where it is offered or was chosen before). */
    choice: (preferences: PreferencesControl): JSX.Element =>
      createComponent(OnDeviceChoice, { preferences, onDevice: control }),
    /** The download's progress bar, its end, or its failure. */
    progress: (): JSX.Element =>
      createComponent(OnDeviceDownload, {
        get state() {
          return download();
        },
      }),
  };
  return control;
}
