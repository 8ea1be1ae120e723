// The check-in's behaviour, apart from its markup: which commitments it asks about (read from the journal once the
// page is up), the draft's check-ins when the step opens, and Continue, which writes what changed to the journal
// before the first prompt. The shell loads this module only for sets that open with a check-in, and the journal
// code loads from here, so no other reflection pays for either.
import { createEffect, createSignal } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { CheckInItem } from '../../browser/runner/check-ins';
import type { RunnerStore } from './runner-store';

const loadCheckIns = () => import('../../browser/runner/check-ins');

export function createCheckIn(store: RunnerStore) {
  const draft = store.draft;
  /** null until read; empty when the set has no check-in, there is no journal, or nothing is open. */
  const [items, setItems] = createSignal<CheckInItem[] | null>(null);
  const [writing, setWriting] = createSignal(false);
  const [failure, setFailure] = createSignal('');
  const [notice, setNotice] = createSignal('');

  const kept = () => structuredClone(unwrap(draft.checkIns) ?? []);
  const read = async () => {
    try {
      setItems((await loadCheckIns()).loadCheckInItems(kept()));
    } catch {
      setItems([]); // the journal could not be read: the reflection goes on without a check-in
    }
  };
  const loaded = read();

  // A draft left on the check-in whose commitments are all gone (closed elsewhere, journal deleted) goes on.
  createEffect(() => {
    if (draft.phase === 'checkin' && items()?.length === 0) store.goToPrompt(0);
  });

  return {
    items,
    writing,
    failure,
    /** The sentence about the journal shown above the first prompt after Continue. */
    notice,
    clearNotice: () => setNotice(''),
    has: () => (items()?.length ?? 0) > 0,
    /** Settles once the journal has been read (Begin waits for it, so a quick click never skips the check-in). */
    loaded,
    /** As the step opens: one check-in per item, kept answers as written. */
    open: async () => {
      const list = items();
      if (list?.length) store.startCheckIns((await loadCheckIns()).initialCheckIns(list, kept()));
    },
    /** Continue: the changed commitments into the journal, then the first prompt; a failure stays here and says so. */
    finish: async (updateJournal = true) => {
      const list = items();
      if (!list || writing()) return;
      setWriting(true);
      setFailure('');
      try {
        const module = await loadCheckIns();
        const result = updateJournal ? await module.writeCheckIns(list, kept()) : { ok: true, message: '' };
        if (!result.ok) {
          setFailure(result.message);
          return;
        }
        setItems(module.loadCheckInItems(kept()));
        store.next();
        setNotice(result.message);
      } finally {
        setWriting(false);
      }
    },
    /** After "Start again": the journal is read afresh (what this reflection closed is no longer open). */
    reload: () => void read(),
  };
}

export type CheckInFlow = ReturnType<typeof createCheckIn>;
