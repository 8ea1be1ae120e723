// The coach's follow-up questions under one answer, each with its own answer box and Skip. Rows are <Index>ed
// by position: typing changes a row's fields in place, so its textarea (and the focus in it) survives every key.
// A crisis answer shows the safety message in the question's place; a care question comes with the quiet help line.
import { Index, Show, lazy } from 'solid-js';
import { answerOf } from '../../browser/runner';
import { ANSWER_MAX_CHARS } from '../../shared/model/limits';
import SafetyMessage from '../SafetyMessage';
import { useRunner } from './runner-context';

// Loaded when a care question first shows: most reflections never need it, and the runner's first load stays small.
const CareLine = lazy(() => import('../CareLine'));

export default function FollowUps(props: { promptId: string }) {
  const { store } = useRunner();
  const followUps = () => answerOf(store.draft, props.promptId).followUps;
  return (
    <Index each={followUps()}>
      {(followUp, i) => (
        <div class="follow-up">
          <Show when={followUp().source !== 'safety'} fallback={<SafetyMessage text={followUp().question} />}>
            <p class="follow-up-question" id={`follow-up-${i}`}>
              <span class="guide-label">Your guide asks:</span> {followUp().question}
            </p>
            <Show when={followUp().source === 'care'}>
              <CareLine />
            </Show>
            <Show when={!followUp().skipped} fallback={<p class="hint">Skipped.</p>}>
              <label for={`follow-up-answer-${i}`} class="visually-hidden">
                Your answer to the guide's question
              </label>
              <textarea
                id={`follow-up-answer-${i}`}
                rows="3"
                maxLength={ANSWER_MAX_CHARS}
                aria-describedby={`follow-up-${i}`}
                value={followUp().answer}
                onInput={(event) => store.answerFollowUp(props.promptId, i, event.currentTarget.value)}
              />
              <Show when={!followUp().answer.trim()}>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    store.skipFollowUp(props.promptId, i);
                    // The box and this button are gone: hand the focus to what comes next, not to the page.
                    queueMicrotask(() =>
                      document.querySelector<HTMLButtonElement>('#go-deeper:not(:disabled), #next-step')?.focus(),
                    );
                  }}
                >
                  Skip this question
                </button>
              </Show>
            </Show>
          </Show>
        </div>
      )}
    </Index>
  );
}
