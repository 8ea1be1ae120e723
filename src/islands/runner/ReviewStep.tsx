// The review: every answer with a way back to edit it, then "Write my summary" — or, when a summary exists,
// the way back to it, so looking over the answers never costs the person their summary.
import { For, Show } from 'solid-js';
import { answerOf, CHECK_IN_LABEL, hasAnyAnswer } from '../../browser/runner';
import SummaryView from '../SummaryView';
import type { LaterStepProps } from './runner-context';
import StaleSummaryNotice from './StaleSummaryNotice';

export default function ReviewStep(props: LaterStepProps) {
  const { runner, CoachStatus, CoachSettings } = props;
  const { set, store, coach, headingRef } = runner;
  const draft = store.draft;
  const pending = coach.request.pending;
  const writing = () => pending()?.kind === 'summary';
  return (
    <section aria-labelledby="runner-heading">
      <h2 id="runner-heading" ref={headingRef} tabindex="-1">
        Review your answers
      </h2>
      <p>{set.outro}</p>
      <Show when={draft.checkIns?.length}>
        <h3>Since last time</h3>
        <ul class="review-list">
          <For each={draft.checkIns}>
            {(checkIn) => (
              <li>
                <p class="review-prompt">{checkIn.text}</p>
                <p class="review-answer">
                  {CHECK_IN_LABEL[checkIn.state]}
                  {checkIn.note.trim() ? `: ${checkIn.note.trim()}` : '.'}
                </p>
              </li>
            )}
          </For>
        </ul>
        <button type="button" class="link-button" onClick={() => store.goToCheckIn()}>
          Edit what happened since last time
        </button>
        <h3>Your answers</h3>
      </Show>
      <ol class="review-list">
        <For each={set.prompts}>
          {(prompt, i) => (
            <li>
              <p class="review-prompt">{prompt.text}</p>
              <p class="review-answer">{answerOf(draft, prompt.id).answer.trim() || 'Not answered yet.'}</p>
              <button type="button" class="link-button" onClick={() => store.goToPrompt(i())}>
                Edit answer {i() + 1}
              </button>
            </li>
          )}
        </For>
      </ol>
      <CoachSettings />
      <Show when={draft.summary && !writing()}>
        <StaleSummaryNotice runner={runner} />
      </Show>
      <Show when={writing()}>
        <div class="streaming" aria-hidden="true">
          <SummaryView text={pending()?.text ?? ''} source="built-in" />
        </div>
      </Show>
      <CoachStatus />
      <Show when={!hasAnyAnswer(draft)}>
        <p class="hint">Write at least one answer, then your guide can summarise it.</p>
      </Show>
      <div class="button-row">
        <button type="button" onClick={() => store.back()}>
          Back
        </button>
        <Show
          when={draft.summary}
          fallback={
            <button
              type="button"
              class="primary"
              disabled={!hasAnyAnswer(draft) || pending() !== null}
              onClick={() => coach.askSummary()}
            >
              {writing() ? 'Writing…' : 'Write my summary'}
            </button>
          }
        >
          <button type="button" class="primary" disabled={pending() !== null} onClick={() => store.showSummary()}>
            Back to my summary
          </button>
        </Show>
      </div>
    </section>
  );
}
