// Step one of the update: which saved reflections it covers. The "Since" date ticks every reflection saved since
// then; the person can tick or untick any of them after.
import { For, Show } from 'solid-js';
import { formatDate } from '../../browser/dates';
import type { JournalEntry } from '../../browser/journal';

interface Props {
  /** Saved reflections, newest first. */
  entries: JournalEntry[];
  since: string;
  onSince: (day: string) => void;
  ticked: string[];
  onTick: (localId: string, on: boolean) => void;
  onDraft: () => void;
}

export default function ChooseReflections(props: Props) {
  return (
    <section aria-labelledby="choose-heading">
      <h2 id="choose-heading">What it covers</h2>
      <Show
        when={props.entries.length > 0}
        fallback={
          <p>
            You have no saved reflections on this device yet. The draft still gives you the three parts to fill in, or{' '}
            <a href="/reflect/">start a reflection</a> first.
          </p>
        }
      >
        <label for="update-since">Since</label>
        <input
          id="update-since"
          type="date"
          class="date-input"
          value={props.since}
          onChange={(e) => e.currentTarget.value && props.onSince(e.currentTarget.value)}
        />
        <p class="hint">Choosing a date ticks the reflections saved since then. Tick or untick any of them.</p>
        <fieldset class="update-choices">
          <legend>Saved reflections, newest first</legend>
          <For each={props.entries}>
            {(entry) => (
              <label>
                <input
                  type="checkbox"
                  checked={props.ticked.includes(entry.localId)}
                  onChange={(e) => props.onTick(entry.localId, e.currentTarget.checked)}
                />
                <span>
                  {entry.content.setTitle} <span class="hint">{formatDate(entry.content.savedAt)}</span>
                </span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => props.onDraft()}>
          Draft my update
        </button>
      </div>
    </section>
  );
}
