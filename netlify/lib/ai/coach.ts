// The guide behind both AI endpoints: Gemini when a key is set and it answers in time, otherwise the built-in
// guide, with the reason in the reply so the UI can say so. Safety first: a crisis signal gets the fixed message.
import type { CoachSource, FallbackReason } from '../../../src/shared/coach';
import type { FollowUpRequest, SummaryRequest } from '../../../src/shared/schemas/ai';
import { STREAM_INTERRUPTED_MARKER } from '../../../src/shared/schemas/ai';
import { builtInFollowUp, builtInSummary } from '../../../src/shared/built-in-coach';
import type { PromptSetWithId } from '../../../src/shared/schemas/prompt-sets';
import { SAFETY_MESSAGE, signalsCrisis } from '../../../src/shared/safety';
import { API_HEADERS } from '../http';
import { readGeminiSettings, streamGemini, type GeminiSettings } from './gemini';
import { buildFollowUpPrompt, buildSummaryPrompt, type GuidePrompt } from './prompt-builder';

export interface GuideReply {
  source: CoachSource;
  /** Set when the built-in guide answered although the AI was asked for. */
  fallback?: FallbackReason;
  body: ReadableStream<Uint8Array>;
}

/** Thrown when the first words do not arrive in time. */
class UpstreamTimeoutError extends Error {
  constructor() {
    super('Gemini sent nothing before the timeout');
    this.name = 'UpstreamTimeoutError';
  }
}

const encoder = new TextEncoder();

function textStream(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(text));
      controller.close();
    },
  });
}

function builtInReply(text: string, fallback: FallbackReason | undefined): GuideReply {
  return { source: 'built-in', ...(fallback ? { fallback } : {}), body: textStream(text) };
}

/**
 * Starts Gemini and waits for its first words. If they come, the rest streams through untouched (no buffering);
 * if the call fails or times out first, the built-in text answers instead. A failure after the first words
 * ends the stream with STREAM_INTERRUPTED_MARKER, since headers are already sent.
 */
async function aiOrBuiltIn(settings: GeminiSettings | undefined, prompt: GuidePrompt, builtIn: () => string, requestSignal?: AbortSignal): Promise<GuideReply> {
  if (!settings) return builtInReply(builtIn(), 'no-key');
  const upstream = new AbortController();
  const totalTimer = setTimeout(() => upstream.abort(new UpstreamTimeoutError()), settings.totalTimeoutMs);
  const onClientGone = () => upstream.abort();
  requestSignal?.addEventListener('abort', onClientGone, { once: true });
  const finish = () => {
    clearTimeout(totalTimer);
    requestSignal?.removeEventListener('abort', onClientGone);
  };

  const chunks = streamGemini(settings, prompt, upstream.signal);
  let firstChunkTimer: ReturnType<typeof setTimeout> | undefined;
  let first: IteratorResult<string>;
  try {
    first = await Promise.race([
      chunks.next(),
      new Promise<never>((_, reject) => {
        firstChunkTimer = setTimeout(() => reject(new UpstreamTimeoutError()), settings.firstChunkTimeoutMs);
      }),
    ]);
  } catch (error) {
    upstream.abort();
    finish();
    const timedOut = error instanceof UpstreamTimeoutError;
    // Only the class of the failure is logged: neither the request nor the provider's text.
    console.warn(`ai: Gemini ${timedOut ? 'timed out' : `failed (${error instanceof Error ? error.name : 'unknown'})`}; the built-in guide answers`);
    return builtInReply(builtIn(), timedOut ? 'timeout' : 'upstream-error');
  } finally {
    clearTimeout(firstChunkTimer);
  }
  if (first.done) {
    finish();
    console.warn('ai: Gemini returned no text; the built-in guide answers');
    return builtInReply(builtIn(), 'upstream-error');
  }

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) {
          finish();
          controller.close();
        } else {
          controller.enqueue(encoder.encode(next.value));
        }
      } catch (error) {
        finish();
        console.warn(`ai: Gemini stream broke partway (${error instanceof Error ? error.name : 'unknown'})`);
        controller.enqueue(encoder.encode(STREAM_INTERRUPTED_MARKER));
        controller.close();
      }
    },
    cancel() {
      upstream.abort();
      finish();
    },
  });
  return { source: 'gemini', body };
}

export interface GuideOptions {
  env?: Record<string, string | undefined>;
  /** The incoming request's signal, so a closed tab stops the upstream call. */
  signal?: AbortSignal;
}

/** One follow-up question for an answer. */
export function followUpReply(set: PromptSetWithId, request: FollowUpRequest, options: GuideOptions = {}): Promise<GuideReply> {
  const texts = [request.answer, ...request.earlier.map((e) => e.answer)];
  if (signalsCrisis(...texts)) return Promise.resolve({ source: 'safety', body: textStream(SAFETY_MESSAGE) });
  const prompt = set.prompts.find((p) => p.id === request.promptId);
  if (!prompt) throw new Error(`prompt ${request.promptId} is not in set ${set.id}`);
  return aiOrBuiltIn(readGeminiSettings(options.env), buildFollowUpPrompt(set, request), () => builtInFollowUp(prompt, request.answer, request.earlier, request.tone), options.signal);
}

/** The end-of-reflection summary in the five fixed sections. */
export function summaryReply(set: PromptSetWithId, request: SummaryRequest, options: GuideOptions = {}): Promise<GuideReply> {
  const texts = request.answers.flatMap((a) => [a.answer, ...a.followUps.map((f) => f.answer)]);
  if (signalsCrisis(...texts)) return Promise.resolve({ source: 'safety', body: textStream(SAFETY_MESSAGE) });
  return aiOrBuiltIn(readGeminiSettings(options.env), buildSummaryPrompt(set, request), () => builtInSummary({ prompts: set.prompts, answers: request.answers }), options.signal);
}

/** The HTTP answer for a guide reply: streamed text, its source and any fallback reason in headers. */
export function guideResponse(reply: GuideReply): Response {
  return new Response(reply.body, {
    status: 200,
    headers: {
      ...API_HEADERS,
      'Content-Type': 'text/plain; charset=utf-8',
      'x-guide-source': reply.source,
      ...(reply.fallback ? { 'x-guide-fallback': reply.fallback } : {}),
    },
  });
}
