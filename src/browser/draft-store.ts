// Browser persistence for drafts and preferences. localStorage survives reloads, closed tabs and going offline;
// every read is validated (runner-state.restoreDraft), and a full or blocked storage never throws at the user.
import type { CoachChoice, Tone } from '../shared/coach';
import type { Draft } from './runner-state';

const DRAFT_PREFIX = 'lodestar:draft:';
/** The person's choices (guide, tone, whether they have read the AI disclosure); "Delete everything" removes them. */
export const PREFS_KEY = 'lodestar:prefs';

export interface Preferences {
  /** null until the person has chosen. */
  guide: CoachChoice | null;
  /** True once the person has seen what the AI guide is sent; until then the disclosure comes first. */
  disclosed: boolean;
  tone: Tone;
}

export const draftKey = (setId: string) => `${DRAFT_PREFIX}${setId}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // e.g. storage disabled by the browser's privacy settings
  }
}

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

export function loadPreferences(): Preferences {
  const fallback: Preferences = { guide: null, disclosed: false, tone: 'gentle' };
  try {
    const raw = JSON.parse(storage()?.getItem(PREFS_KEY) ?? 'null') as Partial<Preferences> | null;
    return {
      guide: raw?.guide === 'ai' || raw?.guide === 'built-in' || raw?.guide === 'on-device' ? raw.guide : null,
      disclosed: raw?.disclosed === true,
      tone: raw?.tone === 'direct' ? 'direct' : fallback.tone,
    };
  } catch {
    return fallback;
  }
}

export function savePreferences(prefs: Preferences): void {
  try {
    storage()?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Preferences are a convenience; the choice still holds for this page view.
  }
}
