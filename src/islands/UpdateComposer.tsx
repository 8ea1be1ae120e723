// The update composer (/journal/update/): choose the reflections it covers, draft the update from the person's own
// words, edit it (kept on this device as they type), optionally tighten it with the AI guide, then send it.
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import {
  browserEnv,
  composeUpdate,
  defaultSince,
  entriesSince,
  loadJournal,
  loadUpdateDraft,
  saveUpdateDraft,
} from '../browser/journal';
import { JOURNAL_KEY } from '../browser/storage-keys';
import type { CoachSource } from '../shared/coach';
import { UPDATE_MAX_CHARS } from '../shared/update-format';
import { focusWhenShown } from './journal/context';
import { createPreferences } from './runner/create-preferences';
import ChooseReflections from './update/ChooseReflections';
import SendUpdate from './update/SendUpdate';
import TightenWithAi from './update/TightenWithAi';

export default function UpdateComposer() {
  const env = browserEnv();
  const prefs = createPreferences();
  const [journal, setJournal] = createSignal(loadJournal(env.storage));
  const newestFirst = () => [...journal().entries].sort((a, b) => b.content.savedAt.localeCompare(a.content.savedAt));
  const stored = loadUpdateDraft(env.storage);
  const [since, setSince] = createSignal(stored?.since || defaultSince(journal().shares));
  const [ticked, setTicked] = createSignal(
    stored ? stored.ticked : entriesSince(journal().entries, since()).map((e) => e.localId),
  );
  const [text, setText] = createSignal(stored?.text ?? '');
  const [hasDraft, setHasDraft] = createSignal(stored !== null);
  const [source, setSource] = createSignal<CoachSource>('built-in');
  const [replacing, setReplacing] = createSignal(false);
  const [status, setStatus] = createSignal(
    stored !== null ? 'Your draft from last time is below, as you left it.' : '',
  );
  let draftHeading: HTMLHeadingElement | undefined;

  const keep = (value: string) => {
    setText(value);
    if (!saveUpdateDraft(env.storage, { text: value, since: since(), ticked: ticked() }))
      setStatus(
        'This browser would not keep your draft on this device (storage is full or blocked). Copy it before you leave this page.',
      );
  };

  const draft = (confirmed = false): void => {
    const chosen = journal().entries.filter((e) => ticked().includes(e.localId));
    if (journal().entries.length > 0 && chosen.length === 0) {
      setStatus('Tick at least one reflection, or choose an earlier date.');
      return;
    }
    if (hasDraft() && text().trim() && !confirmed) {
      setReplacing(true);
      return;
    }
    setReplacing(false);
    keep(composeUpdate(chosen.map((e) => e.content)));
    setSource('built-in');
    setHasDraft(true);
    const from =
      chosen.length === 0
        ? 'with its three parts to fill in'
        : `from ${chosen.length === 1 ? 'one reflection' : `${chosen.length} reflections`}, in your own words`;
    setStatus(`Your draft is ready, ${from}. Edit it below.`);
    queueMicrotask(() => draftHeading?.focus());
  };

  onMount(() => {
    // Another tab saved a reflection or shared a link: the list here follows.
    const otherTab = (event: StorageEvent) =>
      (event.key === JOURNAL_KEY || event.key === null) && setJournal(loadJournal(env.storage));
    window.addEventListener('storage', otherTab);
    onCleanup(() => window.removeEventListener('storage', otherTab));
  });

  return (
    <div class="update-composer">
      <ChooseReflections
        entries={newestFirst()}
        since={since()}
        onSince={(day) => {
          setSince(day);
          setTicked(entriesSince(journal().entries, day).map((e) => e.localId));
        }}
        ticked={ticked()}
        onTick={(id, on) => setTicked(on ? [...ticked(), id] : ticked().filter((t) => t !== id))}
        onDraft={() => draft()}
      />
      <Show when={replacing()}>
        <div class="confirm" role="alertdialog" aria-label="Replace your draft?">
          <p>
            You already have a draft below. A new draft from these reflections replaces it, with any changes you made.
          </p>
          <div class="button-row">
            <button type="button" class="danger" onClick={() => draft(true)}>
              Replace my draft
            </button>
            <button
              type="button"
              class="primary"
              ref={focusWhenShown}
              onClick={() => (setReplacing(false), setStatus('Your draft is unchanged.'))}
            >
              Keep my draft
            </button>
          </div>
        </div>
      </Show>
      <p class="hint" id="update-status" role="status">
        {status()}
      </p>
      <Show when={hasDraft()}>
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading" tabindex="-1" ref={draftHeading}>
            Your update
          </h2>
          <p class="hint">It is yours to edit. It is kept on this device as you type.</p>
          <label for="update-text">Your update for your mentor</label>
          <textarea
            id="update-text"
            class="update-text"
            rows="18"
            maxLength={UPDATE_MAX_CHARS}
            value={text()}
            onInput={(e) => keep(e.currentTarget.value)}
          />
          <TightenWithAi
            prefs={prefs}
            draft={text}
            onUse={(value) => {
              keep(value);
              setSource('gemini');
            }}
          />
        </section>
        <SendUpdate env={env} text={text} source={source} />
      </Show>
    </div>
  );
}
