// The summary as editable text: the person's words replace the coach's, section headings and all.
import { onMount } from 'solid-js';
import { SUMMARY_SECTIONS } from '../../shared/summary-format';
import type { RunnerStore } from './runner-store';

/** Generous, but bounded: a summary is read by a mentor, not a second journal. */
const SUMMARY_MAX_CHARS = 12_000;

export default function SummaryEditor(props: { store: RunnerStore; onDone: () => void }) {
  const store = props.store;
  let field: HTMLTextAreaElement | undefined;
  // The person chose to edit: put them in the text.
  onMount(() => field?.focus());
  return (
    <div class="summary-editor">
      <label for="summary-text">Summary text</label>
      <p class="hint" id="summary-text-hint">
        Lines starting with “## ” are section headings ({SUMMARY_SECTIONS.map((s) => s.title).join(', ')}); lines
        starting with “- ” are list items.
      </p>
      <textarea
        id="summary-text"
        ref={field}
        rows="16"
        maxLength={SUMMARY_MAX_CHARS}
        aria-describedby="summary-text-hint"
        value={store.draft.summary?.text ?? ''}
        onInput={(event) => store.editSummary(event.currentTarget.value)}
      />
      <div class="button-row">
        <button type="button" class="primary" onClick={() => props.onDone()}>
          Done editing
        </button>
      </div>
    </div>
  );
}
