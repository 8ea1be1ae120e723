// Stored journal items this version cannot read, listed so the person can download or remove them.
import { For, Show } from 'solid-js';
import { downloadText, today } from '../../browser/download';
import { removeUnreadable } from '../../browser/journal';
import type { JournalPage } from './context';

/** Items of the stored journal this version cannot read: kept, never guessed at, until the person removes them. */
export default function UnreadableList(props: { page: JournalPage }) {
  const items = () => props.page.journal().unreadable;
  return (
    <Show when={items().length > 0}>
      <section aria-labelledby="unreadable-heading">
        <h2 id="unreadable-heading">Items this page cannot read</h2>
        <p>
          {items().length === 1 ? 'One item' : `${items().length} items`} in this browser’s journal could not be read.
          They may be damaged, or come from a newer version of Lodestar. The rest of your journal is fine. You can
          download an item to keep it, or remove it.
        </p>
        <ul class="card-list">
          <For each={items()}>
            {(text, index) => (
              <li class="card">
                <h3>Unreadable item {index() + 1}</h3>
                <div class="button-row">
                  <button
                    type="button"
                    onClick={() =>
                      downloadText(`lodestar-unreadable-item-${today()}.txt`, text, 'text/plain;charset=utf-8')
                    }
                  >
                    Download it
                  </button>
                  <button
                    type="button"
                    class="danger"
                    onClick={() => {
                      removeUnreadable(props.page.env.storage, index());
                      props.page.refresh();
                      props.page.say('The unreadable item is removed from this browser.');
                    }}
                  >
                    Remove it
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
