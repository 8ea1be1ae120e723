// Step three: copy the update, download it as Markdown, or share it as a link (encrypted in the browser, 1/7/30
// days, revocable from the journal like a shared summary).
import { Show, createSignal } from 'solid-js';
import { formatDate } from '../../browser/dates';
import { downloadText, today } from '../../browser/download';
import { explain, shareSummary, type JournalEnv, type JournalShare } from '../../browser/journal';
import type { CoachSource } from '../../shared/coach';
import CreateLinkForm, { type ExpiryDays } from '../CreateLinkForm';
import { focusWhenShown } from '../journal/context';

export const UPDATE_SHARE_TITLE = 'An update for my mentor';

interface Props {
  env: JournalEnv;
  text: () => string;
  /** "gemini" once the person took the AI guide's version; otherwise their own words ("built-in"). */
  source: () => CoachSource;
}

export default function SendUpdate(props: Props) {
  const [sharing, setSharing] = createSignal(false);
  const [expiry, setExpiry] = createSignal<ExpiryDays>(7);
  const [busy, setBusy] = createSignal(false);
  const [share, setShare] = createSignal<JournalShare | null>(null);
  const [error, setError] = createSignal('');
  const [message, say] = createSignal('');
  const empty = () => !props.text().trim();

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      say(done);
    } catch {
      say('Your browser did not allow copying; select the text and copy it.');
    }
  };

  const createLink = async () => {
    setBusy(true);
    setError('');
    try {
      const made = await shareSummary(
        props.env,
        { setTitle: UPDATE_SHARE_TITLE, summary: props.text(), source: props.source(), note: '', kind: 'update' },
        expiry(),
        null,
      );
      setShare(made);
      say('Your link is ready. Copy it and send it to your mentor.');
    } catch (failure) {
      setError(`The link could not be made. ${explain(failure)} Your update is still here.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="send-heading">
      <h2 id="send-heading">Send it</h2>
      <div class="button-row">
        <button type="button" disabled={empty()} onClick={() => void copy(props.text(), 'Your update is copied.')}>
          Copy
        </button>
        <button
          type="button"
          disabled={empty()}
          onClick={() => (
            downloadText(`update-for-my-mentor-${today()}.md`, props.text()),
            say('Your update is downloaded as a Markdown file.')
          )}
        >
          Download (.md)
        </button>
        <button
          type="button"
          disabled={empty()}
          aria-expanded={sharing()}
          aria-controls="update-share-panel"
          onClick={() => setSharing(!sharing())}
        >
          Share as a link
        </button>
      </div>
      <p class="hint" id="send-status" role="status">
        {message()}
      </p>
      <Show when={sharing()}>
        <section id="update-share-panel" class="share-panel" aria-labelledby="update-share-title">
          <h3 id="update-share-title">Share your update</h3>
          <p>
            Anyone with the link can read this update until it expires. It is encrypted in your browser; the key travels
            only in the link.
          </p>
          <Show
            when={share()}
            fallback={
              <CreateLinkForm
                name="update-expiry"
                expiry={expiry()}
                onExpiry={setExpiry}
                busy={busy()}
                error={error()}
                onCreate={() => void createLink()}
              />
            }
          >
            {(made) => (
              <>
                <label for="update-link">Your link</label>
                <input
                  id="update-link"
                  class="share-link"
                  type="text"
                  readOnly
                  value={made().link}
                  ref={focusWhenShown}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <div class="button-row">
                  <button type="button" class="primary" onClick={() => void copy(made().link, 'Link copied.')}>
                    Copy link
                  </button>
                  <button type="button" onClick={() => setShare(null)}>
                    Make another link
                  </button>
                </div>
                <p>
                  It holds your update as it was when you made the link, and works until {formatDate(made().expiresAt)}.
                  You can revoke it any time from <a href="/journal/">My journal</a>.
                </p>
              </>
            )}
          </Show>
        </section>
      </Show>
    </section>
  );
}
