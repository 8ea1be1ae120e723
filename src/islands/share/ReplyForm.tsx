// The reader's reply: a text box with a character count, a plain sentence on who can read it, and Send. The text is
// cleared only once the server has taken the reply; every failure keeps it and says what to do.
import { Show, createSignal } from 'solid-js';
import { REPLY_MAX_CHARS } from '../../shared/model/limits';
import { ReplyError, sendReply, type ThreadReply } from '../../browser/share';

/** Writes and sends one reply at a time; `onSent` adds it to the thread. */
export default function ReplyForm(props: { shareId: string; linkKey: string; onSent: (reply: ThreadReply) => void }) {
  const [text, setText] = createSignal('');
  const [sending, setSending] = createSignal(false);
  const [sent, setSent] = createSignal('');
  const [error, setError] = createSignal('');
  const count = () => text().trim().length;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (sending()) return;
    setSending(true);
    setSent('');
    setError('');
    try {
      props.onSent(await sendReply((input, init) => fetch(input, init), props.shareId, props.linkKey, text()));
      setText('');
      setSent('Your reply was sent. The person who shared this will see it in their journal.');
    } catch (failure) {
      setError(
        failure instanceof ReplyError
          ? failure.message
          : 'Your reply could not be sent. It is still here; try again in a moment.',
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <form class="interactive reply-form" onSubmit={(event) => void submit(event)}>
      <label for="reply-text">Reply to the person who shared this</label>
      <textarea
        id="reply-text"
        maxlength={REPLY_MAX_CHARS}
        aria-describedby="reply-count reply-who"
        value={text()}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id="reply-count" class="hint">
        {count().toLocaleString('en')} of {REPLY_MAX_CHARS.toLocaleString('en')} characters
      </p>
      <p id="reply-who">Anyone who has this link can read your reply.</p>
      <div class="button-row">
        <button type="submit" class="primary" aria-disabled={sending()}>
          {sending() ? 'Sending…' : 'Send'}
        </button>
      </div>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <p class="hint" role="status">
        {sent()}
      </p>
    </form>
  );
}
