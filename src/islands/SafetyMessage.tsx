// The fixed, human-written safety message, shown in place of a follow-up or summary when an answer signals crisis.
import { For } from 'solid-js';

export default function SafetyMessage(props: { text: string }) {
  return (
    <div class="safety" role="note">
      <For each={props.text.split('\n\n')}>{(paragraph) => <p>{paragraph}</p>}</For>
    </div>
  );
}
