// Under a saved reflection: what the mentor replied to the links shared from it, as last fetched (reads offline).
import { For, Show, createMemo } from 'solid-js';
import { formatDate } from '../../browser/dates';
import { repliesForEntry, sameReplies } from '../../browser/journal';
import type { JournalPage } from './context';

/** "Your mentor replied": the replies to every share made from this reflection, oldest first, as text. */
export default function EntryReplies(props: { page: JournalPage; localId: string }) {
  // Unchanged when another reflection's replies change: only the card whose thread changed re-renders.
  const replies = createMemo(() => repliesForEntry(props.page.journal(), props.page.replies(), props.localId), [], {
    equals: sameReplies,
  });
  return (
    <Show when={replies().length > 0}>
      <div class="entry-replies">
        <h4>Your mentor replied</h4>
        <ol class="reply-thread">
          <For each={replies()}>
            {(reply) => (
              <li class="reply">
                <p class="reply-date">{formatDate(reply.createdAt)}</p>
                <p class="reply-text">{reply.text}</p>
              </li>
            )}
          </For>
        </ol>
      </div>
    </Show>
  );
}
