// The quiet line shown with a care answer (words of death, harm or despair without a clear warning sign): where to
// talk to someone now, the same places as the safety message, one click away. It imports only the messages, so the
// runner's first load does not carry the safety patterns.
import { For } from 'solid-js';
import { CARE_LINE, HELP_LINES } from '../shared/safety/messages';

export default function CareLine() {
  return (
    <details class="care-line">
      <summary>{CARE_LINE}</summary>
      <ul>
        <For each={HELP_LINES}>{(line) => <li>{line}</li>}</For>
      </ul>
    </details>
  );
}
