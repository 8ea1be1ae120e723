// Asks the coach (the UI's "guide") for a follow-up or a summary. With the AI guide chosen it calls /api/ai/* and streams the
// reply; with the built-in guide it answers right here in the browser, and with the on-device guide the browser's own
// model does (on-device/, loaded on first use): for both of those nothing is sent anywhere.
import { AI_REQUEST_MAX_BYTES } from '../shared/model/limits';
import { CoachError } from './coach-error';
import { rateLimitedMessage } from './rate-limited';
import {
  STREAM_INTERRUPTED_MARKER,
  isCoachSource,
  isFallbackReason,
  type CoachSource,
  type FallbackReason,
} from '../shared/coach';
import { SAFETY_MESSAGE, careQuestion, guideSafety } from '../shared/safety';
import type { OnDeviceFallback, OnDeviceOutcome } from './on-device/on-device-guide';
import type { FollowUpInput, SummaryInput } from './coach-request';

export type { FollowUpInput, SummaryInput } from './coach-request';

export interface CoachReply {
  text: string;
  source: CoachSource;
  /** Why the built-in guide answered although the AI guide (or the on-device guide) was chosen. */
  fallback: FallbackReason | OnDeviceFallback | null;
}

// Both offer the built-in guide for this request: it runs on the device, so no connection is needed for it.
const OFFLINE_MESSAGE =
  'You are offline. Your writing is saved on this device. The built-in guide works without a connection, or try again when you are back online.';
const UNREACHABLE_MESSAGE =
  'The guide could not be reached. Your writing is saved on this device. Check your connection and try again, or use the built-in guide now.';

/**
 * A refusal in the person's words, by status. The server's own message is written for developers reading the API
 * ("answers.0.answer: …"), so it is not pasted in here.
 */
function refusalMessage(status: number): string {
  const kept = 'Your writing is saved on this device.';
  if (status === 413)
    return `This is more text than the guide can take at once. ${kept} Shorten an answer, or switch to the built-in guide under Guide settings.`;
  if (status >= 500)
    return `The guide had a problem on our side. ${kept} Try again in a moment, or carry on without it.`;
  return `The guide could not use this request. ${kept} Try again, or carry on without it.`;
}

async function streamFrom(
  path: string,
  body: unknown,
  onText: (text: string) => void,
  signal?: AbortSignal,
): Promise<CoachReply> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    throw new CoachError(OFFLINE_MESSAGE, { offersBuiltIn: true });
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  } catch {
    throw new CoachError(UNREACHABLE_MESSAGE, { offersBuiltIn: true });
  }
  if (response.status === 429)
    throw new CoachError(rateLimitedMessage(response.headers.get('Retry-After')), { offersBuiltIn: true });
  if (!response.ok || !response.body) throw new CoachError(refusalMessage(response.status));
  const source = response.headers.get('x-guide-source');
  const fallback = response.headers.get('x-guide-fallback');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += value;
      onText(text.replace(STREAM_INTERRUPTED_MARKER, ''));
    }
  } catch {
    throw new CoachError(
      'The connection dropped while the guide was answering. Your writing is saved on this device. Try again.',
    );
  }
  if (text.endsWith(STREAM_INTERRUPTED_MARKER)) {
    throw new CoachError('The guide stopped partway through. Your writing is saved on this device. Try again.');
  }
  return {
    text: text.trim(),
    source: isCoachSource(source) ? source : 'built-in',
    fallback: isFallbackReason(fallback) ? fallback : null,
  };
}

/** The fixed safety message, shown at once. */
function safetyReply(onText: (text: string) => void): CoachReply {
  onText(SAFETY_MESSAGE);
  return { text: SAFETY_MESSAGE, source: 'safety', fallback: null };
}

/** Reveals locally made text a few words at a time, so both guides feel the same to read. */
async function revealLocally(text: string, onText: (text: string) => void, signal?: AbortSignal): Promise<void> {
  const words = text.split(/(?<=\s)/);
  for (let i = 1; i <= words.length; i += 3) {
    if (signal?.aborted) throw new CoachError('Stopped.');
    onText(words.slice(0, i + 2).join(''));
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  onText(text);
}

export async function askFollowUp(
  input: FollowUpInput,
  onText: (text: string) => void,
  signal?: AbortSignal,
): Promise<CoachReply> {
  if (input.guide !== 'ai') {
    // The same gate as the server's, before anything is shown: a crisis text gets the safety message, a care text a
    // care question; the built-in guide coaches only what is left.
    const safety = guideSafety(input.answer, ...input.earlier.map((e) => e.answer));
    if (safety === 'crisis') return safetyReply(onText);
    if (safety === 'care') {
      const text = careQuestion(
        input.answer,
        input.earlier.map((e) => e.question),
      );
      await revealLocally(text, onText, signal);
      return { text, source: 'care', fallback: null };
    }
    let fallback: OnDeviceFallback | null = null;
    if (input.guide === 'on-device') {
      const { followUpOnDevice } = await import('./on-device/on-device-guide');
      const outcome = await followUpOnDevice(input, signal);
      if (outcome.kind === 'crisis') return safetyReply(onText);
      if (outcome.kind === 'reply' || outcome.kind === 'care') {
        const text =
          outcome.kind === 'reply'
            ? outcome.text
            : careQuestion(
                input.answer,
                input.earlier.map((e) => e.question),
              );
        await revealLocally(text, onText, signal);
        return { text, source: outcome.kind === 'reply' ? 'on-device' : 'care', fallback: null };
      }
      fallback = outcome.reason;
    }
    // Loaded on first use: most visits never need it, and it keeps the runner's first load small.
    const { builtInFollowUp } = await import('../shared/built-in-coach');
    const text = builtInFollowUp(input.prompt, input.answer, input.earlier, input.tone);
    await revealLocally(text, onText, signal);
    return { text, source: 'built-in', fallback };
  }
  const body = {
    setId: input.setId,
    promptId: input.prompt.id,
    answer: input.answer,
    earlier: input.earlier,
    tone: input.tone,
  };
  return streamFrom('/api/ai/follow-up', body, onText, signal);
}

export async function askSummary(
  input: SummaryInput,
  onText: (text: string) => void,
  signal?: AbortSignal,
): Promise<CoachReply> {
  const checkIns = input.checkIns ?? [];
  if (input.guide !== 'ai') {
    const safety = guideSafety(
      ...input.answers.flatMap((a) => [a.answer, ...a.followUps.map((f) => f.answer)]),
      ...checkIns.flatMap((c) => [c.text, c.note]),
    );
    if (safety === 'crisis') return safetyReply(onText);
    let outcome: OnDeviceOutcome | null = null;
    if (input.guide === 'on-device' && safety === 'coach') {
      outcome = await (await import('./on-device/on-device-guide')).summaryOnDevice(input, onText, signal);
      if (outcome.kind === 'crisis') return safetyReply(onText);
      if (outcome.kind === 'reply') return { text: outcome.text, source: 'on-device', fallback: null };
    }
    // The built-in summary quotes and lists only sentences without words of harm: for a care text it is the answer.
    const { builtInSummary } = await import('../shared/built-in-coach');
    const text = builtInSummary({ prompts: input.prompts, answers: input.answers, checkIns });
    await revealLocally(text, onText, signal);
    const care = safety === 'care' || outcome?.kind === 'care';
    return { text, source: care ? 'care' : 'built-in', fallback: outcome?.kind === 'fallback' ? outcome.reason : null };
  }
  const answers = input.answers.filter((a) => a.answer.trim() || a.followUps.length > 0);
  const body = { setId: input.setId, answers, tone: input.tone, ...(checkIns.length ? { checkIns } : {}) };
  // Checked here so the person gets a way forward instead of a refusal that "Try again" cannot fix.
  if (new TextEncoder().encode(JSON.stringify(body)).length > AI_REQUEST_MAX_BYTES) {
    throw new CoachError(
      'Your answers are longer than the AI guide can take at once. Switch to the built-in guide under Guide settings for this summary; it runs on this device.',
    );
  }
  return streamFrom('/api/ai/summary', body, onText, signal);
}
