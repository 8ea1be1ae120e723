// The thread of replies under a shared reflection, oldest first: text shown as text, never as HTML.
import { For, Show } from 'solid-js';
import { formatDate } from '../../browser/dates';
import type { ThreadReply } from '../../browser/share';

/** The replies written so far; one that does not open with this link's key says so instead of its text. */
export default function ReplyThread(props: { replies: ThreadReply[] }) {
  return (
    <Show when={props.replies.length > 0} fallback={<p class="hint">No replies yet.</p>}>
      <ol class="reply-thread">
        <For each={props.replies}>
          {(reply) => (
            <li class="reply">
              <p class="reply-date">Reply, {formatDate(reply.createdAt)}</p>
              <Show
                when={reply.text !== null}
                fallback={<p class="reply-text reply-unreadable">This reply could not be opened.</p>}
              >
                <p class="reply-text">{reply.text}</p>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
