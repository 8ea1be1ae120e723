// The runner's step navigation: where Next and Back lead from each phase (intro, check-in, prompts, review, summary).
import type { Phase } from '../../shared/model/draft';

/** Where the person is: the phase, and the prompt on screen while the phase is "prompt". */
export interface Step {
  phase: Phase;
  index: number;
}

/** Next prompt, or the review step after the last one; from the intro, the check-in (when there is one) or the first prompt. */
export function stepAfter(step: Step, promptCount: number, checkIn = false): Step {
  if (step.phase === 'intro') return checkIn ? { phase: 'checkin', index: 0 } : { phase: 'prompt', index: 0 };
  if (step.phase === 'checkin') return { phase: 'prompt', index: 0 };
  if (step.phase !== 'prompt') return step;
  return step.index + 1 >= promptCount
    ? { phase: 'review', index: step.index }
    : { phase: 'prompt', index: step.index + 1 };
}

/** Previous prompt; from the review or summary, the last prompt; from the first prompt, the check-in or the intro. */
export function stepBefore(step: Step, promptCount: number, checkIn = false): Step {
  if (step.phase === 'review' || step.phase === 'summary') return { phase: 'prompt', index: promptCount - 1 };
  if (step.phase === 'checkin') return { phase: 'intro', index: 0 };
  if (step.phase === 'prompt' && step.index === 0)
    return checkIn ? { phase: 'checkin', index: 0 } : { phase: 'intro', index: 0 };
  if (step.phase === 'prompt') return { phase: 'prompt', index: step.index - 1 };
  return step;
}
