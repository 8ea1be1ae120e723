// The browser's own model as the runner offers it: whether this browser has one (asked once the page is up, and only
// where the Prompt API exists, so other browsers load nothing for it), and its download, which starts only from the
// person's click and reports its progress. The model itself is asked by src/browser/on-device, on first use.
import { createSignal, onMount } from 'solid-js';
import type { DownloadProgress } from '../../browser/on-device/download-progress';
import type { OnDeviceAvailability } from '../../browser/on-device/prompt-api';

export type DownloadState =
  | { phase: 'idle' }
  /** `progress` is null until the browser's first report. */
  | { phase: 'downloading'; progress: DownloadProgress | null }
  | { phase: 'failed'; message: string }
  /** Downloaded in this page view: said once, where the person started it. */
  | { phase: 'done' };

const DOWNLOAD_FAILED = 'Your browser could not download its model. Nothing was sent anywhere, and your writing is saved on this device. Try again, or choose another guide.';

const loadPromptApi = () => import('../../browser/on-device/prompt-api');

export function createOnDevice() {
  const [availability, setAvailability] = createSignal<OnDeviceAvailability | null>(null);
  const [download, setDownload] = createSignal<DownloadState>({ phase: 'idle' });
  onMount(() => {
    if (!('LanguageModel' in globalThis)) {
      setAvailability('unavailable');
      return;
    }
    loadPromptApi()
      .then((api) => api.onDeviceAvailability())
      .then(setAvailability, () => setAvailability('unavailable'));
  });

  /** Downloads the model; call it only from the person's click. True once the model is ready to use. */
  const start = async (): Promise<boolean> => {
    if (download().phase === 'downloading') return false;
    setDownload({ phase: 'downloading', progress: null });
    try {
      const api = await loadPromptApi();
      const session = await api.createSession({ onProgress: (progress) => setDownload({ phase: 'downloading', progress }) });
      session.destroy();
      setAvailability('available');
      setDownload({ phase: 'done' });
      return true;
    } catch {
      setDownload({ phase: 'failed', message: DOWNLOAD_FAILED });
      return false;
    }
  };

  return {
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
  };
}

export type OnDeviceControl = ReturnType<typeof createOnDevice>;
