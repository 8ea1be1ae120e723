// Said when the answers changed after the summary was written: it may be out of date, and it can be rewritten.
// A rewrite keeps the old summary (with any edits) one click away, so nothing is lost.
import { Show } from 'solid-js';
import { hasAnyAnswer, summaryIsStale } from '../../browser/runner';
import type { RunnerContextValue } from './runner-context';

/** Takes the runner as a prop: it loads with the later steps, which import nothing of the first load. */
export default function StaleSummaryNotice(props: { runner: RunnerContextValue }) {
  const { set, store, coach } = props.runner;
  const promptIds = set.prompts.map((p) => p.id);
  return (
    <Show when={summaryIsStale(store.draft, promptIds)}>
      <div class="notice" role="status">
        <p>You changed your answers after this summary was written, so it may be out of date.</p>
        <div class="button-row">
          <button
            type="button"
            disabled={!hasAnyAnswer(store.draft) || coach.request.pending() !== null}
            onClick={() => coach.askSummary()}
          >
            {coach.request.pending()?.kind === 'summary' ? 'Writing…' : 'Rewrite my summary'}
          </button>
        </div>
        <p class="hint">Your current summary is kept: after a rewrite you can go back to it.</p>
      </div>
    </Show>
  );
}
