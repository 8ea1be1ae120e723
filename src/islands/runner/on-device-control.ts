// What the runner holds of the browser's own model (create-on-device.ts makes it), as a type of its own: the views
// it opens (OnDeviceChoice, OnDeviceDownload) name it without importing the module that opens them.
import type { Accessor, JSX } from 'solid-js';
import type { DownloadProgress } from '../../browser/on-device/download-progress';
import type { OnDeviceAvailability } from '../../browser/on-device/prompt-api';
import type { PreferencesControl } from './create-preferences';

export type DownloadState =
  | { phase: 'idle' }
  /** `progress` is null until the browser's first report. */
  | { phase: 'downloading'; progress: DownloadProgress | null }
  | { phase: 'failed'; message: string }
  /** Downloaded in this page view: said once, where the person started it. */
  | { phase: 'done' };

export interface OnDeviceControl {
  availability: Accessor<OnDeviceAvailability | null>;
  download: Accessor<DownloadState>;
  /** Downloads the model; call it only from the person's click. True once the model is ready to use. */
  start: () => Promise<boolean>;
  /** The browser has a model it can use or download: the on-device guide is offered. */
  offered: () => boolean;
  /** Offered, but the model is not on this device yet: it needs the person's click to download. */
  needsDownload: () => boolean;
  /** The third choice in Guide settings (shown where it is offered or was chosen before). */
  choice: (preferences: PreferencesControl) => JSX.Element;
  /** The download's progress bar, its end, or its failure. */
  progress: () => JSX.Element;
}
