// A summary as headings, paragraphs and lists, or the fixed safety message in its place.
import { For, Show } from 'solid-js';
import { parseSummary } from '../shared/summary-format';
import type { CoachSource } from '../shared/coach';
import SafetyMessage from './SafetyMessage';
import TextBlocks from './TextBlocks';

interface Props {
  text: string;
  source: CoachSource;
}

/** The summary as headings, paragraphs and lists. Text nodes only: nothing the guide wrote becomes HTML. */
export default function SummaryView(props: Props) {
  const sections = () => parseSummary(props.text);
  return (
    <Show when={props.source !== 'safety'} fallback={<SafetyMessage text={props.text} />}>
      <div class="summary">
        <For each={sections()}>
          {(section) => (
            <section>
              <h3>{section.title}</h3>
              <TextBlocks blocks={section.blocks} />
            </section>
          )}
        </For>
      </div>
    </Show>
  );
}
