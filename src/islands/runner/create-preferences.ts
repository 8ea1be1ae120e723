// The person's coach and tone choices, remembered in this browser across reflections.
import { createSignal } from 'solid-js';
import { loadPreferences, savePreferences, type Preferences } from '../../browser/draft-store';

export function createPreferences() {
  const [prefs, setPrefs] = createSignal<Preferences>(loadPreferences());
  const update = (change: Partial<Preferences>) => {
    const next = { ...prefs(), ...change };
    setPrefs(next);
    savePreferences(next);
  };
  return { prefs, update };
}

export type PreferencesControl = ReturnType<typeof createPreferences>;
