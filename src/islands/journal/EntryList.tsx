// The journal page's list of saved reflections, newest first, with "export all".
import { For, Show, createMemo, createSignal } from 'solid-js';
import { downloadText, today } from '../../browser/download';
import { entriesToJson, entriesToMarkdown } from '../../browser/journal';
import type { JournalPage } from './context';
import EntryCard from './EntryCard';

/** How many reflections the list shows at first, and adds per "Show more". */
const PAGE = 20;

/** The saved reflections, newest first, with "export all". */
export default function EntryList(props: { page: JournalPage }) {
  const entries = createMemo(() =>
    [...props.page.journal().entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  );
  const contents = () => entries().map((e) => e.content);
  // The newest ones first, more on request: a journal of years opens as fast as a new one.
  const [limit, setLimit] = createSignal(PAGE);
  const shownIds = createMemo(() =>
    entries()
      .slice(0, limit())
      .map((e) => e.localId),
  );
  let list!: HTMLOListElement;
  const more = () => {
    const first = limit();
    setLimit(first + PAGE);
    // Focus goes to the first card just shown, so a keyboard user carries on where the list grew.
    queueMicrotask(() => list.children[first]?.querySelector<HTMLElement>('button')?.focus());
  };
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">Saved reflections</h2>
      <Show
        when={entries().length > 0}
        fallback={
          <p>
            Nothing saved yet. When you finish a reflection, choose “Save to my journal” and it appears here.{' '}
            <a href="/reflect/">Start a reflection</a>.
          </p>
        }
      >
        <div class="button-row">
          <button
            type="button"
            onClick={() => downloadText(`lodestar-journal-${today()}.md`, entriesToMarkdown(contents()))}
          >
            Export all (.md)
          </button>
          <button
            type="button"
            onClick={() =>
              downloadText(`lodestar-journal-${today()}.json`, entriesToJson(contents()), 'application/json')
            }
          >
            Export all (.json)
          </button>
        </div>
        <ol class="card-list journal-entries" ref={list}>
          {/* Keyed by localId: a sync that rewrites an entry must not close its open detail or confirmation. */}
          <For each={shownIds()}>{(localId) => <EntryCard page={props.page} localId={localId} />}</For>
        </ol>
        <Show when={entries().length > limit()}>
          <button type="button" class="show-more" onClick={more}>
            Show {Math.min(PAGE, entries().length - limit())} more reflections ({entries().length - limit()} not shown)
          </button>
        </Show>
      </Show>
    </section>
  );
}
