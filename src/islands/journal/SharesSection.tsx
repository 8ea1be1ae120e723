// The journal page's shared links: when each stops working, what its reader replied, copy and revoke.
import { For, Show } from 'solid-js';
import { formatDate } from '../../browser/dates';
import { revokeShare } from '../../browser/journal/shares';
import { copyText, type JournalPage } from './context';
import ShareReplies from './ShareReplies';

/** The links shared from this journal, with copy and revoke. */
export default function SharesSection(props: { page: JournalPage }) {
  const shares = () => props.page.journal().shares;
  return (
    <section aria-labelledby="shares-heading">
      <h2 id="shares-heading">Shared links</h2>
      <Show when={shares().length > 0} fallback={<p>No shared links. Share a summary from the end of a reflection.</p>}>
        <ul class="card-list">
          <For each={shares()}>
            {(share) => (
              <li class="card">
                <h3>{share.setTitle || 'Shared summary'}</h3>
                <p class="meta">{new Date(share.expiresAt) > new Date() ? `Works until ${formatDate(share.expiresAt)}` : 'Expired'}</p>
                <ShareReplies page={props.page} share={share} />
                <div class="button-row">
                  <button type="button" onClick={() => void copyText(props.page, share.link, 'Link copied.')}>
                    Copy link
                  </button>
                  <button
                    type="button"
                    class="danger"
                    disabled={props.page.busy()}
                    onClick={() =>
                      void props.page.act(async () =>
                        (await revokeShare(props.page.env, share.id))
                          ? `Revoked: the link to “${share.setTitle || 'Shared summary'}” no longer works, and its replies are deleted.`
                          : `You are offline: the link to “${share.setTitle || 'Shared summary'}” works until this browser is back online, and then it stops.`,
                      )
                    }
                  >
                    Revoke
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
