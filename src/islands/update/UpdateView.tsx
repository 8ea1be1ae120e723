// An update for a mentor as headings, paragraphs and lists. Text nodes only: nothing in it becomes HTML.
import { For, Show } from 'solid-js';
import { parseUpdate, type UpdateSection } from '../../shared/update-format';

/** Consecutive bullets become one list (one list per run, as a screen reader should announce it). */
function groups(blocks: UpdateSection['blocks']) {
  const out: { kind: 'paragraph' | 'bullet'; items: string[] }[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind === 'bullet' && last?.kind === 'bullet') last.items.push(block.text);
    else out.push({ kind: block.kind, items: [block.text] });
  }
  return out;
}

export default function UpdateView(props: { text: string; headingLevel?: 3 | 4 }) {
  return (
    <div class="summary update-view">
      <For each={parseUpdate(props.text)}>
        {(section) => (
          <section>
            <Show when={section.title}>{props.headingLevel === 4 ? <h4>{section.title}</h4> : <h3>{section.title}</h3>}</Show>
            <For each={groups(section.blocks)}>
              {(group) => (group.kind === 'bullet' ? <ul><For each={group.items}>{(item) => <li>{item}</li>}</For></ul> : <p>{group.items[0]}</p>)}
            </For>
          </section>
        )}
      </For>
    </div>
  );
}
