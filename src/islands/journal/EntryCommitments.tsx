// In a reflection's "Open" view: what happened to earlier commitments (its check-in) and the commitments it made,
// each as one sentence, the same words as its Markdown export. Changing them happens in "Your commitments".
import { For, Show } from 'solid-js';
import { dayLabel, stateSentence } from '../../browser/journal';
import type { EntryContent } from '../../shared/model/entry-content';

export default function EntryCommitments(props: { content: EntryContent }) {
  return (
    <>
      <Show when={props.content.checkIns?.length}>
        <h4>What happened to earlier commitments</h4>
        <ul class="entry-commitments">
          <For each={props.content.checkIns}>{(checkIn) => <li>{stateSentence(checkIn)}</li>}</For>
        </ul>
      </Show>
      <Show when={props.content.commitments?.length}>
        <h4>Commitments from this reflection</h4>
        <ul class="entry-commitments">
          <For each={props.content.commitments}>{(commitment) => <li>{stateSentence(commitment, dayLabel)}</li>}</For>
        </ul>
        <p class="hint">
          Mark them done, drop them or change them under <a href="#commitments-heading">Your commitments</a>.
        </p>
      </Show>
    </>
  );
}
