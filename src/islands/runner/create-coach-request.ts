// One streaming request to the coach at a time, for follow-ups and summaries alike: the text as it arrives,
// a failure the person can retry, a notice when the built-in coach stood in, and an abort for "Start again".
import { createSignal, onCleanup } from 'solid-js';
import type { CoachReply } from '../../browser/coach-client';
import { loadCoachCalls } from './load-coach-calls';

export type RequestKind = 'follow-up' | 'summary';

export interface Pending {
  kind: RequestKind;
  /** The reply so far, shown while it streams (hidden from screen readers until it is complete). */
  text: string;
  promptId?: string;
}

export interface Failure {
  message: string;
  retry: () => void;
  /** Asks the built-in guide instead, for this request only; set when the AI guide refused for a while (a 429). */
  useBuiltIn?: () => void;
}

const SOMETHING_WRONG = 'Something went wrong. Your writing is saved on this device. Try again.';

type Ask = (onText: (text: string) => void, signal: AbortSignal) => Promise<CoachReply>;

/** `announce` says a failure that offers the built-in guide in the runner's status line (see CoachStatus). */
export function createCoachRequest(announce: (text: string) => void = () => {}) {
  const [pending, setPending] = createSignal<Pending | null>(null);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  let inFlight: AbortController | undefined;
  onCleanup(() => inFlight?.abort());

  /**
   * Runs `ask`; on success hands the reply to `done`. On failure the person gets `again` as "Try again": the
   * caller's own entry point, so a retry sends what is in the draft then, not what was in it the first time.
   * `builtIn`, the same entry point with the built-in guide, is offered when the failure says it can help.
   */
  const run = async ({
    kind,
    ask,
    done,
    again,
    builtIn,
    promptId,
  }: {
    kind: RequestKind;
    ask: Ask;
    done: (reply: CoachReply) => void;
    again: () => void;
    builtIn?: () => void;
    promptId?: string;
  }): Promise<void> => {
    if (pending()) return;
    setFailure(null);
    setNotice(null);
    setPending({ kind, text: '', ...(promptId ? { promptId } : {}) });
    const controller = new AbortController();
    inFlight = controller;
    try {
      const reply = await ask(
        (text) => setPending({ kind, text, ...(promptId ? { promptId } : {}) }),
        controller.signal,
      );
      // The notice's words load with the coach (already here once a reply came): the reply and its notice show together.
      const notice = reply.fallback ? (await loadCoachCalls()).FALLBACK_NOTICE[reply.fallback] : null;
      if (controller.signal.aborted) return; // "Start again" cleared this reflection meanwhile
      done(reply);
      if (notice) setNotice(notice);
    } catch (error) {
      const { message, offer } = await loadCoachCalls().then(
        (calls) => ({ message: calls.failureSentence(error), offer: calls.offersBuiltIn(error) }),
        () => ({ message: null, offer: false }),
      );
      if (controller.signal.aborted) return;
      const useBuiltIn = offer ? builtIn : undefined;
      setFailure({ message: message ?? SOMETHING_WRONG, retry: again, ...(useBuiltIn ? { useBuiltIn } : {}) });
      if (useBuiltIn) announce(message ?? SOMETHING_WRONG);
    } finally {
      if (inFlight === controller) {
        inFlight = undefined;
        setPending(null);
      }
    }
  };

  return {
    pending,
    failure,
    notice,
    run,
    dismissFailure: () => setFailure(null),
    /** Forgets the last step's failure and notice (the person moved on). */
    reset() {
      setFailure(null);
      setNotice(null);
    },
    abort() {
      inFlight?.abort();
      inFlight = undefined;
      setPending(null);
    },
  };
}

export type CoachRequest = ReturnType<typeof createCoachRequest>;
