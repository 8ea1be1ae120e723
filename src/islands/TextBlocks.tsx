// A section's text as paragraphs and lists, for summaries and updates alike. Text nodes only: nothing becomes HTML.
import { For } from 'solid-js';

export interface TextBlock {
  kind: 'paragraph' | 'bullet';
  text: string;
}

/** Consecutive bullets become one list (one list per run, as a screen reader should announce it). */
function groupBlocks(blocks: TextBlock[]) {
  const groups: { kind: TextBlock['kind']; items: string[] }[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'bullet' && last?.kind === 'bullet') last.items.push(block.text);
    else groups.push({ kind: block.kind, items: [block.text] });
  }
  return groups;
}

/** Paragraphs and lists, in order. */
export default function TextBlocks(props: { blocks: TextBlock[] }) {
  return (
    <For each={groupBlocks(props.blocks)}>
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
  );
}
