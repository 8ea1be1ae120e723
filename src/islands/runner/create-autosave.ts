// Keeps the draft in this browser: a short debounce while the person types, and an immediate save when the tab
// hides or closes (pagehide / visibilitychange), so a reload a moment after the last key loses nothing.
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** Quick enough that nothing is lost, slow enough not to rewrite storage on every key. */
export const SAVE_DELAY_MS = 400;

export type SaveState = 'saved' | 'saving' | 'failed';

export interface Autosave {
  state: Accessor<SaveState>;
  /** Call after every change: saves once the person pauses. */
  schedule(): void;
  /** Saves now if a save is waiting. */
  flush(): void;
  /** Drops a waiting save (e.g. the draft was just cleared on purpose). */
  cancel(): void;
}

/** `save` returns false when the browser refused (full or blocked storage), so the UI can say so. */
export function createAutosave(save: () => boolean, delayMs = SAVE_DELAY_MS): Autosave {
  const [state, setState] = createSignal<SaveState>('saved');
  let timer: ReturnType<typeof setTimeout> | undefined;

  const saveNow = () => {
    clearTimeout(timer);
    timer = undefined;
    setState(save() ? 'saved' : 'failed');
  };
  const flush = () => {
    if (timer !== undefined) saveNow();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    onCleanup(() => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    });
  }

  return {
    state,
    schedule() {
      // Only a state change re-renders the status line: "Saving…" is set once per burst of typing.
      if (state() !== 'saving') setState('saving');
      clearTimeout(timer);
      timer = setTimeout(saveNow, delayMs);
    },
    flush,
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      setState('saved');
    },
  };
}
