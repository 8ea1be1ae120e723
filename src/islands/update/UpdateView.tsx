// An update for a mentor as headings, paragraphs and lists. Text nodes only: nothing in it becomes HTML.
import { For, Show } from 'solid-js';
import { parseUpdate } from '../../shared/update-format';
import TextBlocks from '../TextBlocks';

export default function UpdateView(props: { text: string; headingLevel?: 3 | 4 }) {
  return (
    <div class="summary update-view">
      <For each={parseUpdate(props.text)}>
        {(section) => (
          <section>
            <Show when={section.title}>
              {props.headingLevel === 4 ? <h4>{section.title}</h4> : <h3>{section.title}</h3>}
            </Show>
            <TextBlocks blocks={section.blocks} />
          </section>
        )}
      </For>
    </div>
  );
}
