// Where the runner keeps each set's draft: localStorage, which survives reloads, closed tabs and going offline. Every
// read is checked when restored (restoreDraft in draft.ts), and a full or blocked storage never throws at the person.
import type { Draft } from '../../shared/model/draft';
import { localStore as storage } from '../local-store';
import { draftKey } from '../storage-keys';

export function loadDraftText(setId: string): string | null {
  return storage()?.getItem(draftKey(setId)) ?? null;
}

/** Saves the draft; false when the browser refused (full or disabled storage), so the UI can say so. */
export function saveDraft(draft: Draft): boolean {
  try {
    storage()?.setItem(draftKey(draft.setId), JSON.stringify(draft));
    return storage() !== undefined;
  } catch {
    return false;
  }
}

export function clearDraft(setId: string): void {
  storage()?.removeItem(draftKey(setId));
}
