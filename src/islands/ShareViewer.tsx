// The shared-summary page: opens the link's summary with the key after the #, and shows the expiry sealed inside it,
// then the thread of replies and a form to add one.
import { Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js';
import { formatDate } from '../browser/dates';
import {
  openReplies,
  openShare,
  parseShareFragment,
  recordingFetch,
  type OpenedShare,
  type ThreadReply,
} from '../browser/share';
import { repliesOf } from '../browser/vault-api';
import ReplyForm from './share/ReplyForm';
import ReplyThread from './share/ReplyThread';
import SummaryView from './SummaryView';
import UpdateView from './update/UpdateView';

type State = { kind: 'loading' } | { kind: 'offline' } | OpenedShare;

/**
 * Reads a shared summary: the id and key come from the link's #fragment (never sent to the server), the ciphertext
 * from /api/shares/<id>. The expiry shown is the one sealed inside the share by the sender, not the server's.
 */
export default function ShareViewer() {
  const [state, setState] = createSignal<State>({ kind: 'loading' });
  const [replies, setReplies] = createSignal<ThreadReply[]>([]);
  const parts = parseShareFragment(location.hash);

  onMount(async () => {
    // Another link opened in this tab changes only the part after #, which reloads nothing: open that link afresh
    // rather than go on showing the last one. Only for another share link: an in-page anchor (the skip link's
    // #main) must not reload the page and lose what the reader is typing.
    const reopen = () => {
      const next = parseShareFragment(location.hash);
      if (next && (next.id !== parts?.id || next.key !== parts.key)) location.reload();
    };
    window.addEventListener('hashchange', reopen);
    // The link's key lives in the address after #, so the skip link moves focus to the content without replacing it
    // (the address would no longer open the share on a reload, or when copied).
    const skip = (event: MouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest('a.skip-link')) return;
      event.preventDefault();
      document.getElementById('main')?.focus();
    };
    document.addEventListener('click', skip);
    onCleanup(() => {
      window.removeEventListener('hashchange', reopen);
      document.removeEventListener('click', skip);
    });
    window.addEventListener('online', retryWhenOffline);
    onCleanup(() => window.removeEventListener('online', retryWhenOffline));
    await openLink();
  });

  async function openLink() {
    setState({ kind: 'loading' });
    try {
      // The share's answer carries its replies: read them from the same GET that brought the summary.
      const recorded = recordingFetch((input, init) => fetch(input, init));
      const opened = await openShare(recorded.fetch, location.hash);
      if (opened.kind === 'ready' && parts)
        setReplies(await openReplies(parts.key, parts.id, repliesOf(await recorded.lastBody())));
      setState(opened);
    } catch {
      setState({ kind: 'offline' });
    }
  }
  /** The page itself opens offline (the service worker keeps it); the share does not, so it is fetched once back. */
  function retryWhenOffline() {
    if (state().kind === 'offline') void openLink();
  }

  const ready = () => {
    const current = state();
    return current.kind === 'ready' ? current : undefined;
  };

  return (
    <Switch>
      <Match when={state().kind === 'loading'}>
        <p role="status">Opening the shared reflection…</p>
      </Match>
      <Match when={state().kind === 'offline'}>
        <h1>The shared reflection could not be fetched</h1>
        <p class="lede">
          A shared reflection is kept on the server, so opening it needs a connection. You seem to be offline, or the
          server did not answer: it opens here when you are back online.
        </p>
        <div class="button-row">
          <button type="button" onClick={() => void openLink()}>
            Try again
          </button>
        </div>
      </Match>
      <Match when={state().kind === 'unavailable' || state().kind === 'changed'}>
        <h1>This link is not available</h1>
        <Show
          when={state().kind === 'changed'}
          fallback={
            <p class="lede">
              It may have expired, been revoked by the person who shared it, or been copied only in part.
            </p>
          }
        >
          <p class="lede">
            The summary behind this link does not open with it: the copy on the server was changed, or the link was
            copied only in part. Nothing from it is shown.
          </p>
        </Show>
        <p>If you were expecting a reflection, ask the sender for a new link.</p>
      </Match>
      <Match when={ready()}>
        {(shared) => (
          <article>
            <h1>{shared().content.kind === 'update' ? 'An update shared with you' : 'A reflection shared with you'}</h1>
            <ul class="meta">
              <li>{shared().content.setTitle}</li>
              <li>Shared {formatDate(shared().content.sharedAt)}</li>
              <li>Available until {formatDate(shared().content.expiresAt)}</li>
            </ul>
            <Show when={shared().serverExpiryChanged}>
              <p class="notice" role="note">
                The server’s record of when this link expires does not match the date the sender sealed inside it. The
                date above is the sender’s; after it, this page will not show the summary.
              </p>
            </Show>
            <Show when={shared().content.note}>
              <section class="callout" aria-labelledby="note-heading">
                <h2 id="note-heading">Their note</h2>
                <p class="shared-note">{shared().content.note}</p>
              </section>
            </Show>
            <Show
              when={shared().content.kind === 'update'}
              fallback={
                <>
                  <h2>Summary</h2>
                  <SummaryView text={shared().content.summary} source={shared().content.source} reader />
                </>
              }
            >
              <h2>Their update</h2>
              <UpdateView text={shared().content.summary} />
            </Show>
            <section class="replies" aria-labelledby="replies-heading">
              <h2 id="replies-heading">Replies</h2>
              <ReplyThread replies={replies()} />
              <Show when={parts}>
                {(link) => (
                  <ReplyForm
                    shareId={link().id}
                    linkKey={link().key}
                    onSent={(reply) => setReplies([...replies(), reply])}
                  />
                )}
              </Show>
            </section>
          </article>
        )}
      </Match>
    </Switch>
  );
}
