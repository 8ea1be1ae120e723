// The journal page's shared links: when each stops working, what its reader replied, copy and revoke.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { formatDate } from '../../browser/dates';
import { repliesOf, revokeShare, sameReplies, validReplies, type JournalShare } from '../../browser/journal';
import Confirm from './Confirm';
import { copyText, type JournalPage } from './context';
import ShareReplies from './ShareReplies';

/**
 * A card changes only when what it shows changes: a re-read of the journal makes new objects, not new shares. (Its
 * replies come from the reply cache, read by ShareReplies; a journal's older copy of them is read there too.)
 */
const sameShare = (a: JournalShare, b: JournalShare) =>
  a.id === b.id &&
  a.link === b.link &&
  a.expiresAt === b.expiresAt &&
  a.setTitle === b.setTitle &&
  sameReplies(validReplies(a.replies), validReplies(b.replies));

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** One link: when it stops working, its replies, copy and revoke (asked first: it cannot be undone). */
function ShareCard(props: { page: JournalPage; share: JournalShare }) {
  const [confirming, setConfirming] = createSignal(false);
  let revokeButton: HTMLButtonElement | undefined;
  const title = () => props.share.setTitle || 'Shared summary';
  const replyCount = () => repliesOf(props.page.replies(), props.share).length;
  const revoke = () => {
    // Counted before the revoke takes them away, for the sentence after it.
    const replies = replyCount();
    const gone =
      replies === 0 ? '' : replies === 1 ? ', and its reply is deleted' : `, and its ${replies} replies are deleted`;
    return props.page.act(async () =>
      (await revokeShare(props.page.env, props.share.id))
        ? `Revoked: the link to “${title()}” no longer works${gone}.`
        : `You are offline: the link to “${title()}” works until this browser is back online, and then it stops.`,
    );
  };
  return (
    <li class="card">
      <h3>{title()}</h3>
      <p class="meta">
        {new Date(props.share.expiresAt) > new Date() ? `Works until ${formatDate(props.share.expiresAt)}` : 'Expired'}
      </p>
      <ShareReplies page={props.page} share={props.share} />
      <div class="button-row">
        <button type="button" onClick={() => void copyText(props.page, props.share.link, 'Link copied.')}>
          Copy link
        </button>
        <button
          type="button"
          class="danger"
          disabled={props.page.busy()}
          aria-expanded={confirming()}
          ref={revokeButton}
          onClick={() => setConfirming(true)}
        >
          Revoke
        </button>
      </div>
      <Show when={confirming()}>
        <Confirm
          label="Revoke this link?"
          yes="Yes, revoke the link"
          keep="Keep the link"
          busy={props.page.busy()}
          onYes={() => void revoke()}
          onKeep={() => setConfirming(false)}
          returnFocus={() => revokeButton}
        >
          Revoke the link to “{title()}”? Whoever has it can no longer read it
          {replyCount() === 0
            ? ''
            : replyCount() === 1
              ? ', and the reply to it is deleted'
              : `, and the ${replyCount()} replies to it are deleted`}
          . This cannot be undone.
        </Confirm>
      </Show>
    </li>
  );
}

/** The links shared from this journal, with copy and revoke. */
export default function SharesSection(props: { page: JournalPage }) {
  const shares = () => props.page.journal().shares;
  // Keyed by id: a sync re-reads the journal, and that must not rebuild every card (and its thread).
  const shareIds = createMemo(() => shares().map((s) => s.id), [], { equals: sameIds });
  return (
    <section aria-labelledby="shares-heading">
      <h2 id="shares-heading">Shared links</h2>
      <Show when={shares().length > 0} fallback={<p>No shared links. Share a summary from the end of a reflection.</p>}>
        <ul class="card-list">
          <For each={shareIds()}>
            {(id) => {
              const find = () => shares().find((s) => s.id === id);
              // Keeps the last known share while the list removes this card, so nothing here reads a revoked one.
              const share = createMemo<JournalShare>((last) => find() ?? last, find() as JournalShare, {
                equals: sameShare,
              });
              return <ShareCard page={props.page} share={share()} />;
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
