// Notices when another tab of this browser changes or clears this reflection's draft, and holds what happened
// until the person chooses. Nothing is swapped in or thrown away silently.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { restoreDraft } from '../../browser/runner';
import type { Draft } from '../../shared/model/draft';

export type OtherTabChange = { kind: 'changed'; theirs: Draft } | { kind: 'cleared' };

/**
 * Watches the storage key of this draft. `ours` gives this tab's current draft, to ignore echoes of older
 * versions; a clear (another tab's "Start again") is always reported.
 */
export function createOtherTabWatch(
  storageKey: string,
  setId: string,
  promptIds: string[],
  ours: () => Draft,
): { change: Accessor<OtherTabChange | null>; dismiss(): void } {
  const [change, setChange] = createSignal<OtherTabChange | null>(null);
  const onStorage = (event: StorageEvent) => {
    // key === null: the other tab cleared all storage (e.g. "Delete everything" on the journal page).
    if (event.key !== storageKey && event.key !== null) return;
    if (event.newValue === null) {
      setChange({ kind: 'cleared' });
      return;
    }
    const theirs = restoreDraft(event.newValue, setId, promptIds);
    if (theirs && theirs.updatedAt > ours().updatedAt) setChange({ kind: 'changed', theirs });
  };
  window.addEventListener('storage', onStorage);
  onCleanup(() => window.removeEventListener('storage', onStorage));
  return { change, dismiss: () => setChange(null) };
}
