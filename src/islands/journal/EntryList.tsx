// The journal page's list of saved reflections, newest first, with "export all".
import { For, Show } from 'solid-js';
import { downloadText, today } from '../../browser/download';
import { entriesToJson, entriesToMarkdown } from '../../browser/journal/export';
import type { JournalPage } from './context';
import EntryCard from './EntryCard';

/** The saved reflections, newest first, with "export all". */
export default function EntryList(props: { page: JournalPage }) {
  const entries = () => [...props.page.journal().entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const contents = () => entries().map((e) => e.content);
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">Saved reflections</h2>
      <Show
        when={entries().length > 0}
        fallback={
          <p>
            Nothing saved yet. When you finish a reflection, choose "Save to my journal" and it appears here. <a href="/reflect/">Start a reflection</a>.
          </p>
        }
      >
        <div class="button-row">
          <button type="button" onClick={() => downloadText(`lodestar-journal-${today()}.md`, entriesToMarkdown(contents()))}>
            Export all (.md)
          </button>
          <button type="button" onClick={() => downloadText(`lodestar-journal-${today()}.json`, entriesToJson(contents()), 'application/json')}>
            Export all (.json)
          </button>
        </div>
        <ol class="card-list journal-entries">
          {/* Keyed by localId: a sync that rewrites an entry must not close its open detail or confirmation. */}
          <For each={entries().map((e) => e.localId)}>{(localId) => <EntryCard page={props.page} localId={localId} />}</For>
        </ol>
      </Show>
    </section>
  );
}
