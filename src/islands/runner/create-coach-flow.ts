// What happens when the person asks the coach for something: the disclosure first if the AI might be used and
// they have not seen it, then one streaming request, then the reply into the draft and announced once.
import { createSignal } from 'solid-js';
import {
  answerOf,
  answersDigest,
  canGoDeeper,
  earlierExchanges,
  hasAnyAnswer,
  summaryAnswers,
  summaryCheckIns,
} from '../../browser/runner';
import type { CoachChoice } from '../../shared/coach';
import type { Autosave } from './create-autosave';
import { createCoachRequest, type RequestKind } from './create-coach-request';
import type { PreferencesControl } from './create-preferences';
import type { RunnerSet } from './runner-set';
import type { RunnerStore } from './runner-store';
import { loadCoachCalls } from './load-coach-calls';

interface CoachFlowOptions {
  set: RunnerSet;
  store: RunnerStore;
  preferences: PreferencesControl;
  autosave: Autosave;
  /** Says something once to screen readers (a polite live region). */
  announce: (text: string) => void;
}

export function createCoachFlow({ set, store, preferences, autosave, announce }: CoachFlowOptions) {
  const request = createCoachRequest(announce);
  const [awaitingChoice, setAwaitingChoice] = createSignal<{ scope: RequestKind; then: () => void } | null>(null);
  const promptIds = set.prompts.map((p) => p.id);
  const draft = store.draft;

  /** The guide for one request: the person's choice, unless they asked the built-in guide for this one. */
  const guideFor = (only?: 'built-in'): CoachChoice => only ?? preferences.prefs().guide ?? 'built-in';

  /**
   * Runs an action that may reach the AI, after the disclosure if the person has not yet chosen. Only the AI guide
   * sends anything; the built-in and on-device guides answer at once (a browser model that is not there, or not
   * downloaded yet, hands over to the built-in guide, which says why).
   */
  const withChoice = (scope: RequestKind, action: () => void, only?: 'built-in') => {
    const { guide, disclosed } = preferences.prefs();
    if (only || (guide && (guide !== 'ai' || disclosed))) return action();
    setAwaitingChoice({ scope, then: action });
  };

  const choose = (choice: CoachChoice) => {
    preferences.update({ guide: choice, disclosed: true });
    const then = awaitingChoice()?.then;
    setAwaitingChoice(null);
    then?.();
  };

  /** `only: 'built-in'` answers this one request in the browser, leaving the person's choice as it is. */
  const askFollowUp = (only?: 'built-in'): void => {
    const prompt = set.prompts[draft.index];
    if (!prompt || !canGoDeeper(draft, prompt.id) || request.pending()) return;
    withChoice(
      'follow-up',
      () => {
        void request.run({
          kind: 'follow-up',
          promptId: prompt.id,
          again: () => askFollowUp(only),
          builtIn: () => askFollowUp('built-in'),
          ask: async (onText, signal) =>
            (await loadCoachCalls()).askFollowUp(
              {
                guide: guideFor(only),
                tone: preferences.prefs().tone,
                setId: set.id,
                prompt,
                answer: answerOf(draft, prompt.id).answer,
                earlier: earlierExchanges(draft, prompt.id),
              },
              onText,
              signal,
            ),
          done: (reply) => {
            store.addFollowUp(prompt.id, reply.text, reply.source);
            announce(reply.source === 'safety' ? reply.text : `Your guide asks: ${reply.text}`);
            // Straight into the new answer box, if the person is still on that prompt: the question is for it.
            // (If they moved on, the question waits under its prompt and the focus stays where they are.)
            if (draft.phase !== 'prompt' || set.prompts[draft.index]?.id !== prompt.id) return;
            queueMicrotask(() => {
              const fields = document.querySelectorAll<HTMLTextAreaElement>('.follow-up textarea');
              fields[fields.length - 1]?.focus();
            });
          },
        });
      },
      only,
    );
  };

  const askSummary = (only?: 'built-in'): void => {
    if (!hasAnyAnswer(draft) || request.pending()) return;
    withChoice(
      'summary',
      () => {
        // What the summary is written from, as sent: an answer edited while it is written makes it out of date.
        const basedOn = answersDigest(draft, promptIds);
        void request.run({
          kind: 'summary',
          again: () => askSummary(only),
          builtIn: () => askSummary('built-in'),
          ask: async (onText, signal) =>
            (await loadCoachCalls()).askSummary(
              {
                guide: guideFor(only),
                tone: preferences.prefs().tone,
                setId: set.id,

                prompts: set.prompts,
                answers: summaryAnswers(draft, promptIds),
                checkIns: summaryCheckIns(draft),
              },
              onText,
              signal,
            ),
          done: (reply) => {
            // Only a person still waiting on the review is taken to the summary; anyone who moved on stays put.
            const show = draft.phase === 'review' || draft.phase === 'summary';
            store.setSummary(reply.text, reply.source, { basedOn, show });
            autosave.flush();
            announce(show ? 'Your summary is ready.' : 'Your summary is ready. Find it after the review step.');
          },
        });
      },
      only,
    );
  };

  return {
    request,
    awaitingChoice,
    choose,
    askFollowUp,
    askSummary,
    /** The person moved to another step: old failures, notices and a pending choice no longer apply. */
    reset() {
      request.reset();
      setAwaitingChoice(null);
    },
  };
}

export type CoachFlow = ReturnType<typeof createCoachFlow>;
