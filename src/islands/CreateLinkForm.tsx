// What sharing a summary and sharing an update have in common before the link exists: how long it works, the
// Create link button (busy while the link is made) and a failure said in a sentence. The caller makes the link,
// since what it holds differs, and shows it once made; anything more it asks (a note) goes in as children.
import { For, Show, type JSX } from 'solid-js';

/** How long a link can work, in days (the server's choices). */
export const EXPIRY_DAYS = [1, 7, 30] as const;
export type ExpiryDays = (typeof EXPIRY_DAYS)[number];

interface Props {
  /** The radio group's name, unique on the page. */
  name: string;
  expiry: ExpiryDays;
  onExpiry: (days: ExpiryDays) => void;
  busy: boolean;
  /** A sentence saying why the last try failed, or empty. */
  error: string;
  onCreate: () => void;
  children?: JSX.Element;
}

export default function CreateLinkForm(props: Props) {
  return (
    <>
      <fieldset>
        <legend>The link stops working after</legend>
        <For each={EXPIRY_DAYS}>
          {(days) => (
            <label>
              <input
                type="radio"
                name={props.name}
                checked={props.expiry === days}
                onChange={() => props.onExpiry(days)}
              />{' '}
              {days === 1 ? '1 day' : `${days} days`}
            </label>
          )}
        </For>
      </fieldset>
      {props.children}
      <div class="button-row">
        <button type="button" class="primary" disabled={props.busy} onClick={() => props.onCreate()}>
          {props.busy ? 'Making the link…' : 'Create link'}
        </button>
      </div>
      <Show when={props.error}>
        <p class="error" role="alert">
          {props.error}
        </p>
      </Show>
    </>
  );
}
