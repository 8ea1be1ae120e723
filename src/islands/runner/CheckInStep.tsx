// "Since last time": each open commitment with Done / Still open / Dropped (a radio group: arrows move between
// them) and an optional "What happened?", then Continue, which updates the journal and goes to the first prompt.
// It takes what it needs as props rather than from the runner's context: importing no module of the runner's
// first load keeps that load from being split into more, smaller files (Rollup groups modules by who imports them).
import { Index, Show, onMount } from 'solid-js';
import { describeItem } from '../../browser/runner/check-ins';
import { CHECK_IN_LABEL } from '../../browser/runner';
import type { CheckIn } from '../../shared/model/check-in';
import { ANSWER_MAX_CHARS } from '../../shared/model/limits';
import type { CheckInFlow } from './create-check-in';
import type { RunnerStore } from './runner-store';

const CHOICES: CheckIn['state'][] = ['done', 'open', 'dropped'];

interface Props {
  store: RunnerStore;
  checkIn: CheckInFlow;
  /** "Saved on this device" and the like, as under a prompt. */
  saveLine: () => { text: string; failed: boolean };
  headingRef: (element: HTMLHeadingElement) => void;
}

export default function CheckInStep(props: Props) {
  const { store, checkIn, saveLine, headingRef } = props;
  const draft = store.draft;
  onMount(() => void checkIn.open());
  const itemFor = (commitmentId: string) => checkIn.items()?.find((i) => i.commitmentId === commitmentId);

  return (
    <section aria-labelledby="runner-heading" class="checkin-step">
      <h2 id="runner-heading" ref={headingRef} tabindex="-1">
        Since last time
      </h2>
      <p class="hint">
        You took these on in earlier reflections. Say what happened to each before you begin. Your notes become part of
        this reflection.
      </p>
      <ul class="checkin-list">
        <Index each={draft.checkIns ?? []}>
          {(entry, i) => {
            const item = () => itemFor(entry().commitmentId);
            const where = () => {
              const found = item();
              return found ? describeItem(found) : { from: '', due: '' };
            };
            return (
              <li class="checkin">
                <fieldset aria-describedby={`checkin-${i}-from`}>
                  <legend class="checkin-text">{entry().text}</legend>
                  <p class="hint checkin-from" id={`checkin-${i}-from`}>
                    {where().from}{' '}
                    <Show when={where().due}>{(due) => (item()?.overdue ? <strong>{due()}</strong> : due())}</Show>
                  </p>
                  <div class="checkin-choices">
                    {CHOICES.map((state) => (
                      <label>
                        <input
                          type="radio"
                          name={`checkin-${i}`}
                          value={state}
                          checked={entry().state === state}
                          onChange={() => store.setCheckInState(i, state)}
                        />{' '}
                        {CHECK_IN_LABEL[state]}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <label for={`checkin-note-${i}`}>
                  What happened? (optional)<span class="visually-hidden"> About “{entry().text}”</span>
                </label>
                <textarea
                  id={`checkin-note-${i}`}
                  rows="3"
                  maxLength={ANSWER_MAX_CHARS}
                  aria-describedby="save-status"
                  value={entry().note}
                  onInput={(event) => store.setCheckInNote(i, event.currentTarget.value)}
                />
              </li>
            );
          }}
        </Index>
      </ul>
      {/* Not live, as under a prompt: only a failure is announced. */}
      <p class="save-status" id="save-status" role={saveLine().failed ? 'alert' : undefined}>
        {saveLine().text}
      </p>
      <Show when={checkIn.failure()}>
        <div class="error" role="alert">
          <p>{checkIn.failure()}</p>
          <div class="button-row">
            <button type="button" disabled={checkIn.writing()} onClick={() => void checkIn.finish()}>
              Try again
            </button>
            <button type="button" disabled={checkIn.writing()} onClick={() => void checkIn.finish(false)}>
              Continue without updating my journal
            </button>
          </div>
        </div>
      </Show>
      <div class="button-row runner-nav">
        <button type="button" onClick={() => store.back()}>
          Back
        </button>
        <button type="button" class="primary" disabled={checkIn.writing()} onClick={() => void checkIn.finish()}>
          {checkIn.writing() ? 'Updating your journal…' : 'Continue'}
        </button>
      </div>
      <p class="hint">Continue updates these commitments in your journal, then the first prompt follows.</p>
    </section>
  );
}
