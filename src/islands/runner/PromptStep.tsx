// One prompt: progress, the prompt and its hint, the answer box, the save status, the follow-ups, and the
// Back / Go deeper / Next row.
import { Show } from 'solid-js';
import { answerOf, canGoDeeper } from '../../browser/runner';
import { ANSWER_MAX_CHARS } from '../../shared/model/limits';
import CoachSettings from './CoachSettings';
import CoachStatus from './CoachStatus';
import FollowUps from './FollowUps';
import { useRunner } from './runner-context';

/** The status line under a field the person types in (the check-in's notes show it too). */
export const SAVE_LINE = {
  failed: 'Your browser would not save this draft (storage may be full or blocked). Copy your text somewhere safe.',
  saving: 'Saving…',
  saved: 'Saved on this device',
} as const;

export default function PromptStep() {
  const { set, store, autosave, coach, headingRef } = useRunner();
  const draft = store.draft;
  const count = set.prompts.length;
  const prompt = () => set.prompts[draft.index] ?? set.prompts[0]!;
  const pending = coach.request.pending;
  const streamingHere = () => pending()?.kind === 'follow-up' && pending()?.promptId === prompt().id;

  return (
    <section aria-labelledby="runner-heading" class="prompt-step">
      <p class="progress-label" id="progress-label">
        Prompt {draft.index + 1} of {count}
      </p>
      <progress max={count} value={draft.index + 1} aria-labelledby="progress-label" />
      <h2 id="runner-heading" ref={headingRef} tabindex="-1" class="prompt-text">
        {prompt().text}
      </h2>
      <p class="hint" id="prompt-hint">
        {prompt().hint}
      </p>
      <label for="answer" class="visually-hidden">
        Your answer
      </label>
      <textarea
        id="answer"
        rows="6"
        maxLength={ANSWER_MAX_CHARS}
        aria-describedby="prompt-hint save-status"
        value={answerOf(draft, prompt().id).answer}
        onInput={(event) => store.setAnswer(prompt().id, event.currentTarget.value)}
      />
      {/* Not live: "Saving…/Saved" after every pause would chatter; only a failure is announced. */}
      <p class="save-status" id="save-status" role={autosave.state() === 'failed' ? 'alert' : undefined}>
        {SAVE_LINE[autosave.state()]}
      </p>

      <FollowUps promptId={prompt().id} />
      <Show when={streamingHere()}>
        <div class="follow-up streaming" aria-hidden="true">
          <p class="follow-up-question">
            <span class="guide-label">Your guide asks:</span> {pending()?.text || 'thinking…'}
          </p>
        </div>
      </Show>
      <CoachStatus />

      <div class="button-row runner-nav">
        <button type="button" onClick={() => store.back()}>
          Back
        </button>
        <button
          type="button"
          id="go-deeper"
          disabled={!canGoDeeper(draft, prompt().id) || pending() !== null}
          aria-describedby="deeper-hint"
          onClick={() => coach.askFollowUp()}
        >
          {pending()?.kind === 'follow-up' ? 'Asking…' : 'Go deeper'}
        </button>
        <button type="button" id="next-step" class="primary" onClick={() => store.next()}>
          {draft.index + 1 === count ? 'Review' : 'Next'}
        </button>
      </div>
      <p class="hint" id="deeper-hint">
        Go deeper asks your guide for one follow-up question about this answer, up to three per prompt.
      </p>
      <CoachSettings />
    </section>
  );
}
