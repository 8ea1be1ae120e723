// "Your commitments", first on the journal page: open ones oldest first (overdue said in words), then a collapsed
// list of done and dropped ones, then the next meeting's calendar file. Rows are keyed by commitment id, so a
// refresh of the journal updates rows in place rather than rebuilding hundreds of them.
import { For, Show, createMemo, createSignal, type Accessor } from 'solid-js';
import { allCommitments, type OpenCommitment } from '../../browser/journal/commitments';
import CommitmentCard from './CommitmentCard';
import type { JournalPage } from './context';
import NextMeetingForm from './NextMeetingForm';

/** One list of commitments, each row found by id in the latest list (kept while it leaves, so it never reads nothing). */
function Rows(props: { page: JournalPage; ids: string[]; byId: Accessor<Map<string, OpenCommitment>> }) {
  return (
    <For each={props.ids}>
      {(id) => {
        const item = createMemo<OpenCommitment>((last) => props.byId().get(id) ?? last, props.byId().get(id) as OpenCommitment);
        return <CommitmentCard page={props.page} item={item} />;
      }}
    </For>
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
        fallback={<p>No commitments yet. When you save a reflection, the “Next steps” of its summary appear here, so you can mark what you did and bring it to your next meeting.</p>}
      >
        <p class="hint">
          {openIds().length === 0 ? 'Nothing open: every commitment is done or dropped.' : `${openIds().length} open${overdue() ? `, ${overdue()} overdue` : ''}. Oldest first.`}
        </p>
        <ol class="card-list commitment-list">
          <Rows page={props.page} ids={openIds()} byId={byId} />
        </ol>
        <Show when={closedIds().length > 0}>
          <details class="closed-commitments" onToggle={(e) => setShowClosed(e.currentTarget.open)}>
            <summary>Done and dropped ({closedIds().length})</summary>
            <Show when={showClosed()}>
              <ol class="card-list commitment-list">
                <Rows page={props.page} ids={closedIds()} byId={byId} />
              </ol>
            </Show>
          </details>
        </Show>
      </Show>
      <NextMeetingForm page={props.page} />
    </section>
  );
}
