// The person's choices (guide, tone, whether they have read the AI disclosure), kept in localStorage; a full or
// blocked storage never throws at the user. (Drafts are kept by runner/draft-storage.ts.)
import type { CoachChoice, Tone } from '../shared/coach';
import { PREFS_KEY } from './storage-keys';
import { localStore as storage } from './local-store';

export interface Preferences {
  /** null until the person has chosen. */
  guide: CoachChoice | null;
  /** True once the person has seen what the AI guide is sent; until then the disclosure comes first. */
  disclosed: boolean;
  tone: Tone;
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
