// What the journal page's parts share: the browser environment, the journal as last read, and one way to run an
// action that talks to the server, so every part reports in the same status line with a sentence.
import type { Accessor } from 'solid-js';
import type { Journal, JournalEnv, ReplyCache } from '../../browser/journal';

export interface JournalPage {
  env: JournalEnv;
  journal: Accessor<Journal>;
  /** The mentor's replies as last fetched, by share id (kept apart from the journal: see reply-cache.ts). */
  replies: Accessor<ReplyCache>;
  busy: Accessor<boolean>;
  /**
   * Runs `work`; its sentence (or the error's, as a sentence) goes to the status line; the journal and replies are
   * re-read. Focus then goes to `focusAfter()` when that names an element still on the page (near where the person
   * was), else to the status line (the button that started it may be gone).
   */
  act: (work: () => Promise<string | void>, focusAfter?: () => HTMLElement | null | undefined) => Promise<void>;
  say: (message: string) => void;
  refresh: () => void;
}

/** Moves focus to a confirmation's safe choice when it appears, so keyboard and screen-reader users land on it. */
export const focusWhenShown = (el: HTMLElement) => queueMicrotask(() => el.focus());

/** Copies text, saying whether it worked. */
export async function copyText(page: JournalPage, text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    page.say(done);
  } catch {
    page.say('Your browser did not allow copying; select the text and copy it.');
  }
}
