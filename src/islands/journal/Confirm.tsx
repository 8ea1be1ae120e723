// A question asked in place before something that cannot be undone (not a modal): the safe choice takes the focus,
// Escape chooses it too, and choosing it hands focus back to where the person asked from, so nothing drops to the
// page. Every confirmation on the journal page is one of these.
import { createUniqueId, type JSX } from 'solid-js';
import { focusWhenShown } from './context';

interface Props {
  /** The question, short, for screen readers ("Delete this reply?"). */
  label: string;
  /** The question in full, as inline text (it sits in a paragraph): what happens, to what, that it cannot be undone. */
  children: JSX.Element;
  yes: string;
  keep: string;
  /** Disables the yes button while another action runs. */
  busy?: boolean;
  onYes: () => void;
  onKeep: () => void;
  /** Where focus goes after "keep", found once the confirmation has closed (the button that asked may be new). */
  returnFocus: () => HTMLElement | null | undefined;
}

export default function Confirm(props: Props) {
  // Focus lands on the safe choice, so the question is tied to the dialog as its description: screen readers read
  // the consequences too, not just the short label.
  const described = createUniqueId();
  const keep = () => {
    props.onKeep();
    queueMicrotask(() => props.returnFocus()?.focus());
  };
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-label={props.label}
      aria-describedby={described}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        keep();
      }}
    >
      <p id={described}>{props.children}</p>
      <div class="button-row">
        <button type="button" class="danger" disabled={props.busy} onClick={() => props.onYes()}>
          {props.yes}
        </button>
        <button type="button" class="primary" ref={focusWhenShown} onClick={keep}>
          {props.keep}
        </button>
      </div>
    </div>
  );
}
