// The small forms a commitment opens: "Mark done" / "Drop" with an optional note, and "Edit" (text and "by when").
// They keep what was typed until Save succeeds; Cancel hands focus back to the card.
import { Show, createSignal } from 'solid-js';
import type { Commitment } from '../../shared/model/commitment';
import { focusWhenShown } from './context';

interface FormProps {
  commitment: Commitment;
  busy: boolean;
  onCancel: () => void;
}

/** Escape cancels a form, as it closes any small dialog. */
const escapeCancels = (cancel: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
  }
};

/** "What happened?" before marking a commitment done or dropping it. */
export function CloseForm(props: FormProps & { state: 'done' | 'dropped'; onSave: (note: string) => void }) {
  const [note, setNote] = createSignal(props.commitment.note);
  const id = `close-${props.commitment.id}`;
  return (
    <form
      class="commitment-form"
      aria-label={props.state === 'done' ? 'Mark done' : 'Drop'}
      onKeyDown={escapeCancels(() => props.onCancel())}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(note());
      }}
    >
      <label for={id}>What happened? (optional)</label>
      <textarea id={id} rows="3" value={note()} onInput={(e) => setNote(e.currentTarget.value)} ref={focusWhenShown} />
      <div class="button-row">
        <button type="submit" class="primary" disabled={props.busy}>
          {props.state === 'done' ? 'Save as done' : 'Save as dropped'}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Rewording a commitment and giving it (or clearing) a "by when". */
export function EditForm(props: FormProps & { onSave: (text: string, due: string | null) => void }) {
  const [text, setText] = createSignal(props.commitment.text);
  const [due, setDue] = createSignal(props.commitment.due ?? '');
  const [problem, setProblem] = createSignal('');
  const id = `edit-${props.commitment.id}`;
  return (
    <form
      class="commitment-form"
      aria-label="Edit commitment"
      onKeyDown={escapeCancels(() => props.onCancel())}
      onSubmit={(event) => {
        event.preventDefault();
        if (!text().trim()) {
          setProblem('Write what you commit to, or cancel to keep it as it was.');
          return;
        }
        setProblem('');
        props.onSave(text(), due() || null);
      }}
    >
      <label for={`${id}-text`}>Commitment</label>
      <input
        id={`${id}-text`}
        type="text"
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
        ref={focusWhenShown}
        aria-describedby={problem() ? `${id}-problem` : undefined}
      />
      <label for={`${id}-due`}>By when (optional)</label>
      <input id={`${id}-due`} type="date" value={due()} onInput={(e) => setDue(e.currentTarget.value)} />
      <Show when={problem()}>
        <p class="error" id={`${id}-problem`} role="alert">
          {problem()}
        </p>
      </Show>
      <div class="button-row">
        <button type="submit" class="primary" disabled={props.busy}>
          Save
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
