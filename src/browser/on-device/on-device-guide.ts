// The on-device guide: the browser's own model asks the follow-up and writes the summary, and nothing leaves the
// device. The same prompts as the AI guide on the server (src/shared/guide-prompt), the same safety net on what comes
// out, the same checks of a usable reply (netlify/lib/ai/coach.ts does the same for Gemini); the person's text was
// already through the gate before it got here (coach-client.ts), so no crisis or care text ever reaches the model.
// A model that is missing, fails, says nothing usable or is too slow gives way to the built-in guide, with a reason.
// The summary streams to the screen sentence by sentence, each shown only once the gate has passed it.
import type { FollowUpInput, SummaryInput } from '../coach-request';
import { CoachError } from '../coach-error';
import {
  GUIDE_REPLY_JSON_SCHEMA,
  buildFollowUpPrompt,
  buildSummaryPrompt,
  hasCrisisMarker,
  judgeReply,
  usableFollowUp,
  usableSummary,
  type GuidePrompt,
} from '../../shared/guide-prompt';
import { readPartialReply } from './partial-reply';
import { createSession, onDeviceAvailability } from './prompt-api';
import { createSentenceGate } from './sentence-gate';

/** Why the built-in guide answered although the on-device guide was chosen. */
export type OnDeviceFallback =
  'on-device-unavailable' | 'on-device-not-downloaded' | 'on-device-failed' | 'on-device-slow';

export type OnDeviceOutcome =
  | { kind: 'reply'; text: string }
  /** The model judged it a crisis, wrote the crisis marker, or its reply spoke of harm: the safety message. */
  | { kind: 'crisis' }
  /** The model judged it a care text: the human-written care answer. */
  | { kind: 'care' }
  | { kind: 'fallback'; reason: OnDeviceFallback };

/**
 * How long the model may take before the built-in guide answers instead: to its first words (which includes
 * loading the model from disk), and to the end. Longer than the server's limits for Gemini: a laptop is slower.
 */
export const ON_DEVICE_LIMITS = {
  'follow-up': { firstMs: 20_000, totalMs: 60_000 },
  summary: { firstMs: 30_000, totalMs: 120_000 },
} as const;
type Limits = (typeof ON_DEVICE_LIMITS)[keyof typeof ON_DEVICE_LIMITS];

const CRISIS: OnDeviceOutcome = { kind: 'crisis' };
const CARE: OnDeviceOutcome = { kind: 'care' };
const fallback = (reason: OnDeviceFallback): OnDeviceOutcome => ({ kind: 'fallback', reason });

/** Rejects once `signal` aborts, so a model that ignores the signal cannot keep the person waiting. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * Asks the model and reads its reply as it streams. `watch` sees the raw reply so far and may end it early with an
 * outcome. Resolves to the whole raw reply, or an outcome; throws only when the person stopped the request.
 */
async function runModel(
  prompt: GuidePrompt,
  limits: Limits,
  signal: AbortSignal | undefined,
  watch: (raw: string) => OnDeviceOutcome | undefined,
): Promise<string | OnDeviceOutcome> {
  // Never downloads from here: only the person's click does (Guide settings, or the disclosure).
  const availability = await onDeviceAvailability();
  if (availability === 'downloadable' || availability === 'downloading') return fallback('on-device-not-downloaded');
  if (availability !== 'available') return fallback('on-device-unavailable');
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  let slow = false;
  const tooSlow = () => {
    slow = true;
    controller.abort();
  };
  const firstTimer = setTimeout(tooSlow, limits.firstMs);
  const totalTimer = setTimeout(tooSlow, limits.totalMs);
  const aborted = whenAborted(controller.signal);
  aborted.catch(() => undefined);
  let session: LanguageModel | undefined;
  const creating = createSession({ systemPrompt: prompt.systemInstruction, signal: controller.signal });
  try {
    session = await Promise.race([creating, aborted]);
    // The parts are our text and the person's, each in its own block; the <journal> tags keep them apart.
    const stream = session.promptStreaming(prompt.parts.join('\n\n'), {
      responseConstraint: GUIDE_REPLY_JSON_SCHEMA,
      signal: controller.signal,
    });
    const reader = stream.getReader();
    let raw = '';
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) return raw;
      clearTimeout(firstTimer);
      raw += value;
      const early = watch(raw);
      if (early) {
        controller.abort();
        return early;
      }
    }
  } catch {
    if (signal?.aborted) throw new CoachError('Stopped.');
    // Only the class of the failure matters here: nothing of the model's error reaches the person.
    return fallback(slow ? 'on-device-slow' : 'on-device-failed');
  } finally {
    clearTimeout(firstTimer);
    clearTimeout(totalTimer);
    signal?.removeEventListener('abort', stop);
    if (session) session.destroy();
    // Stopped while the model was still loading: the session that comes later is let go at once.
    else
      creating.then(
        (late) => late.destroy(),
        () => undefined,
      );
  }
}

/** The whole reply's verdict, the server's own (judgeReply), as an outcome here. */
function judge(raw: string, usable: (reply: string) => string | undefined): OnDeviceOutcome {
  const verdict = judgeReply(raw, usable);
  switch (verdict.kind) {
    case 'crisis':
    case 'speaks-of-harm':
      return CRISIS;
    case 'care':
      return CARE;
    case 'unusable':
    case 'harm-word':
      return fallback('on-device-failed');
    case 'reply':
      return { kind: 'reply', text: verdict.text };
  }
}

/**
 * The reflection's title, as the server's prompt names it: given by the caller, or else the runner page's heading,
 * which is that title (the runner does not send it, to keep its first load small), or else the set's id.
 */
function titleOf(input: { setId: string; setTitle?: string }): string {
  return input.setTitle ?? globalThis.document?.querySelector('main h1')?.textContent?.trim() ?? input.setId;
}

/** A crisis marker or judgement mid-stream ends the reply there. */
const crisisSoFar = (raw: string): OnDeviceOutcome | undefined =>
  hasCrisisMarker(raw) || readPartialReply(raw).risk === 'crisis' ? CRISIS : undefined;

/** One follow-up question from the browser's model; shown only once whole and checked (it is one sentence). */
export async function followUpOnDevice(input: FollowUpInput, signal?: AbortSignal): Promise<OnDeviceOutcome> {
  const set = { id: input.setId, title: titleOf(input), prompts: [input.prompt] };
  const prompt = buildFollowUpPrompt(set, {
    setId: input.setId,
    promptId: input.prompt.id,
    answer: input.answer,
    earlier: input.earlier,
    tone: input.tone,
  });
  const result = await runModel(prompt, ON_DEVICE_LIMITS['follow-up'], signal, crisisSoFar);
  return typeof result === 'string' ? judge(result, usableFollowUp) : result;
}

/**
 * The summary from the browser's model, streamed to `onText` as the gate passes it. Anything but a usable, ordinary
 * reply clears what was shown (onText('')) and says what stands instead.
 */
export async function summaryOnDevice(
  input: SummaryInput,
  onText: (text: string) => void,
  signal?: AbortSignal,
): Promise<OnDeviceOutcome> {
  const checkIns = input.checkIns ?? [];
  const answers = input.answers.filter((a) => a.answer.trim() || a.followUps.length > 0);
  const prompt = buildSummaryPrompt(
    { id: input.setId, title: titleOf(input), prompts: input.prompts },
    { setId: input.setId, answers, tone: input.tone, ...(checkIns.length ? { checkIns } : {}) },
  );
  const gate = createSentenceGate();
  let shownSoFar = '';
  const result = await runModel(prompt, ON_DEVICE_LIMITS.summary, signal, (raw) => {
    const partial = readPartialReply(raw);
    if (hasCrisisMarker(raw) || partial.risk === 'crisis') return CRISIS;
    if (partial.risk === 'care') return CARE;
    const { verdict, shown } = gate.offer(partial.reply);
    if (verdict === 'crisis') return CRISIS;
    if (verdict === 'harm') return fallback('on-device-failed');
    if (shown !== shownSoFar) onText((shownSoFar = shown));
    return undefined;
  });
  const outcome = typeof result === 'string' ? judge(result, usableSummary) : result;
  onText(outcome.kind === 'reply' ? outcome.text : '');
  return outcome;
}
