import { For, Show } from 'solid-js';
import { parseSummary } from '../shared/summary-format';
import type { CoachSource } from '../shared/coach';
import SafetyMessage from './SafetyMessage';

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
              <For each={groupBlocks(section.blocks)}>
                {(group) =>
                  group.kind === 'bullet' ? (
                    <ul>
                      <For each={group.items}>{(item) => <li>{item}</li>}</For>
                    </ul>
                  ) : (
                    <p>{group.items[0]}</p>
                  )
                }
              </For>
            </section>
          )}
        </For>
      </div>
    </Show>
  );
}

/** Consecutive bullets become one list; each paragraph stands alone. */
function groupBlocks(blocks: { kind: 'paragraph' | 'bullet'; text: string }[]) {
  const groups: { kind: 'paragraph' | 'bullet'; items: string[] }[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'bullet' && last?.kind === 'bullet') last.items.push(block.text);
    else groups.push({ kind: block.kind, items: [block.text] });
  }
  return groups;
}
