// "Then and now" on a journal card: this reflection beside another of the same set, prompt by prompt, in a real
// table (row headers are the prompts, column headers the dates), so a screen reader names both for every answer.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { formatDate } from '../../browser/dates';
import { defaultCompanion, inOrder, pairAnswers, sameSet, type JournalEntry } from '../../browser/journal';
import type { JournalPage } from './context';

/** A date as a column heading; with the time when both were saved the same day, so the two never read alike. */
function dateLabel(iso: string, other: string): string {
  const sameDay = formatDate(iso) === formatDate(other);
  return sameDay
    ? `${formatDate(iso)}, ${new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })}`
    : formatDate(iso);
}

export default function ThenAndNow(props: { page: JournalPage; entry: JournalEntry }) {
  const others = () => sameSet(props.page.journal().entries, props.entry);
  const [chosenId, setChosenId] = createSignal(
    defaultCompanion(props.page.journal().entries, props.entry)?.localId ?? '',
  );
  const pair = createMemo(() => {
    const other = others().find((e) => e.localId === chosenId()) ?? others()[0];
    return other ? inOrder(props.entry, other) : undefined;
  });
  const selectId = `compare-${props.entry.localId}`;
  return (
    <section class="then-now" aria-label={`Then and now: ${props.entry.content.setTitle}`}>
      <Show when={others().length > 1}>
        <label for={selectId}>Compare with</label>
        <select id={selectId} value={chosenId()} onChange={(e) => setChosenId(e.currentTarget.value)}>
          <For each={others()}>
            {(other) => (
              <option value={other.localId}>
                {`${formatDate(other.content.savedAt)} (${other.content.savedAt < props.entry.content.savedAt ? 'earlier' : 'later'})`}
              </option>
            )}
          </For>
        </select>
      </Show>
      <Show when={pair()}>
        {(p) => {
          const thenLabel = () => `Then: ${dateLabel(p().then.content.savedAt, p().now.content.savedAt)}`;
          const nowLabel = () => `Now: ${dateLabel(p().now.content.savedAt, p().then.content.savedAt)}`;
          return (
            <table>
              <caption>Your answers to {p().now.content.setTitle}, then and now</caption>
              <thead>
                <tr>
                  <th scope="col">Prompt</th>
                  <th scope="col">{thenLabel()}</th>
                  <th scope="col">{nowLabel()}</th>
                </tr>
              </thead>
              <tbody>
                <For each={pairAnswers(p().then, p().now)}>
                  {(row) => (
                    <tr>
                      <th scope="row">{row.prompt}</th>
                      <td>
                        <span class="then-now-label" aria-hidden="true">
                          {thenLabel()}
                        </span>
                        {row.then || 'Not answered.'}
                      </td>
                      <td>
                        <span class="then-now-label" aria-hidden="true">
                          {nowLabel()}
                        </span>
                        {row.now || 'Not answered.'}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          );
        }}
      </Show>
    </section>
  );
}
