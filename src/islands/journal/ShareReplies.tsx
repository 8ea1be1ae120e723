// One shared link's replies on the journal page, each with "Delete this reply" behind a confirmation.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { formatDate } from '../../browser/dates';
import { deleteReply, repliesOf, sameReplies, type JournalShare } from '../../browser/journal';
import Confirm from './Confirm';
import type { JournalPage } from './context';

/** The replies the reader of one link wrote, oldest first; the owner can delete each (from the server too). */
export default function ShareReplies(props: { page: JournalPage; share: JournalShare }) {
  const [confirming, setConfirming] = createSignal<string | null>(null);
  // Unchanged when another share's replies change: only the card whose thread changed re-renders.
  const replies = createMemo(() => repliesOf(props.page.replies(), props.share), [], { equals: sameReplies });
  let thread: HTMLOListElement | undefined;
  const remove = (replyId: string) => {
    // Focus stays with this link's card (found now: the thread is gone once its last reply is): on its first button,
    // another reply's Delete or else Copy link.
    const card = thread?.closest('li.card');
    return props.page.act(
      async () => {
        await deleteReply(props.page.env, props.share.id, replyId);
        setConfirming(null);
        return 'The reply is deleted.';
      },
      // Failed, the confirmation is still open: its safe choice, never "Yes, delete".
      () =>
        card?.querySelector<HTMLElement>('.confirm button.primary') ??
        card?.querySelector<HTMLElement>('button:not([disabled])'),
    );
  };
  return (
    <Show when={replies().length > 0}>
      <h4>Your mentor replied</h4>
      <ol class="reply-thread" ref={thread}>
        <For each={replies()}>
          {(reply) => (
            <li class="reply" data-reply-id={reply.id}>
              <p class="reply-date">{formatDate(reply.createdAt)}</p>
              <p class="reply-text" id={`reply-${reply.id}`}>
                {reply.text}
              </p>
              <Show
                when={confirming() === reply.id}
                fallback={
                  <button
                    type="button"
                    class="danger"
                    aria-describedby={`reply-${reply.id}`}
                    onClick={() => setConfirming(reply.id)}
                  >
                    Delete this reply
                  </button>
                }
              >
                <Confirm
                  label="Delete this reply?"
                  yes="Yes, delete the reply"
                  keep="Keep it"
                  busy={props.page.busy()}
                  onYes={() => void remove(reply.id)}
                  onKeep={() => setConfirming(null)}
                  returnFocus={() => thread?.querySelector<HTMLElement>(`[data-reply-id="${reply.id}"] button`)}
                >
                  Delete this reply from your journal and from the server? Whoever has the link will no longer see it.
                  This cannot be undone.
                </Confirm>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
