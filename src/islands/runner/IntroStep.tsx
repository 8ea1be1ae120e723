// The first step: how many prompts, that everything is kept on this device, the coach settings, Begin.
import { Show } from 'solid-js';
import { hasContent } from '../../browser/runner';
import CoachSettings from './CoachSettings';
import { useRunner } from './runner-context';

export default function IntroStep() {
  const { set, store, checkIn, begin, headingRef } = useRunner();
  return (
    <section aria-labelledby="runner-heading">
      <h2 id="runner-heading" ref={headingRef} tabindex="-1">
        Before you begin
      </h2>
      <p class="hint">
        {set.prompts.length} prompts. Write as much or as little as you like. Everything you type is saved on this
        device as you go.
      </p>
      <Show when={checkIn()?.has()}>
        <p class="hint">First, a look at what you took on last time: your open commitments from your journal.</p>
      </Show>
      <CoachSettings />
      <div class="button-row">
        <button type="button" class="primary" onClick={() => void begin()}>
          {hasContent(store.draft) ? 'Continue' : 'Begin'}
        </button>
      </div>
    </section>
  );
}
