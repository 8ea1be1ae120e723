// "Your commitments", first on the journal page: open ones oldest first (overdue said in words), then a collapsed
// list of done and dropped ones, then the next meeting's calendar file. Rows are keyed by commitment id, so a
// refresh of the journal updates rows in place rather than rebuilding hundreds of them.
import { For, Show, createMemo, createSignal, type Accessor } from 'solid-js';
import { allCommitments, type OpenCommitment } from '../../browser/journal';
import CommitmentCard from './CommitmentCard';
import type { JournalPage } from './context';
import NextMeetingForm from './NextMeetingForm';

/** How many rows a list shows at first, and adds per "Show more": a long list stays quick to open and to read. */
const PAGE = 50;

/** A row changes only when what it shows changes: a journal refresh (new objects, same content) touches no row. */
const sameRow = (a: OpenCommitment, b: OpenCommitment) =>
  a.overdue === b.overdue &&
  a.setTitle === b.setTitle &&
  a.entryDate === b.entryDate &&
  a.entryLocalId === b.entryLocalId &&
  JSON.stringify(a.commitment) === JSON.stringify(b.commitment);

/** One list of commitments, each row found by id in the latest list (kept while it leaves, so it never reads nothing). */
function Rows(props: { page: JournalPage; ids: string[]; byId: Accessor<Map<string, OpenCommitment>>; label: string }) {
  const [limit, setLimit] = createSignal(PAGE);
  let list!: HTMLOListElement;
  const shown = createMemo(() => props.ids.slice(0, limit()));
  const more = () => {
    const first = limit();
    setLimit(first + PAGE);
    // Focus goes to the first row just shown, so a keyboard user carries on where the list grew.
    queueMicrotask(() => list.children[first]?.querySelector<HTMLElement>('button')?.focus());
  };
  return (
    <>
      <ol class="card-list commitment-list" ref={list}>
        <For each={shown()}>
          {(id) => {
            const item = createMemo<OpenCommitment>(
              (last) => props.byId().get(id) ?? last,
              props.byId().get(id) as OpenCommitment,
              { equals: sameRow },
            );
            return <CommitmentCard page={props.page} item={item} />;
          }}
        </For>
      </ol>
      <Show when={props.ids.length > limit()}>
        <button type="button" class="show-more" onClick={more}>
          Show {Math.min(PAGE, props.ids.length - limit())} more {props.label} ({props.ids.length - limit()} not shown)
        </button>
      </Show>
    </>
  );
}

export default function CommitmentsSection(props: { page: JournalPage }) {
  const all = createMemo(() => allCommitments(props.page.journal(), new Date()));
  const byId = createMemo(() => new Map(all().map((c) => [c.commitment.id, c])));
  const openIds = createMemo(() => all().flatMap((c) => (c.commitment.state === 'open' ? [c.commitment.id] : [])));
  const closedIds = createMemo(() => all().flatMap((c) => (c.commitment.state !== 'open' ? [c.commitment.id] : [])));
  const overdue = createMemo(() => all().filter((c) => c.overdue).length);
  // The closed list is built only once opened: most visits never look at it.
  const [showClosed, setShowClosed] = createSignal(false);

  return (
    <section aria-labelledby="commitments-heading" class="commitments">
      <h2 id="commitments-heading">Your commitments</h2>
      <Show
        when={all().length > 0}
        fallback={<p>No commitments yet. The next steps of each reflection you save appear here.</p>}
      >
        <p class="hint">
          {openIds().length === 0
            ? 'Nothing open: every commitment is done or dropped.'
            : `${openIds().length} open${overdue() ? `, ${overdue()} overdue` : ''}. Oldest first.`}
        </p>
        <Rows page={props.page} ids={openIds()} byId={byId} label="open commitments" />
        <Show when={closedIds().length > 0}>
          <details class="closed-commitments" onToggle={(e) => setShowClosed(e.currentTarget.open)}>
            <summary>Done and dropped ({closedIds().length})</summary>
            <Show when={showClosed()}>
              <Rows page={props.page} ids={closedIds()} byId={byId} label="done or dropped" />
            </Show>
          </details>
        </Show>
      </Show>
      <NextMeetingForm page={props.page} />
    </section>
  );
}
