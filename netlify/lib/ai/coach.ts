// The coach behind the AI endpoints: Gemini when a key is set, the day's budget allows it and it answers in time
// with a usable reply; otherwise the built-in guide, with the reason in the reply so the UI can say so.
// Safety first, through the one gate (src/shared/safety): a crisis text gets the fixed safety message, a care text
// the human-written care reply, and neither reaches the model. The model's own risk judgement (guide-judgement.ts)
// and its crisis marker are a second opinion, and the stricter wins; a model reply that itself speaks of death,
// harm or methods is replaced by the safety message. X-Guide-Safety says which kind it was.
//
// The server reads Gemini's reply whole before answering, because only the whole reply says whether it may be
// shown: the crisis marker can come mid-way, a thinking model can stop at MAX_TOKENS with half a question or
// none, and a summary can miss sections. Headers (x-guide-source, x-guide-fallback) go out once that is known.
import type { CoachSource, FallbackReason } from '../../../src/shared/coach';
import type { FollowUpRequest, SummaryRequest, UpdateRequest } from '../../../src/shared/schemas/ai';
import { builtInFollowUp, builtInSummary } from '../../../src/shared/built-in-coach';
import type { PromptSetWithId } from '../../../src/shared/schemas/prompt-sets';
import { SAFETY_MESSAGE, careQuestion, guideSafety } from '../../../src/shared/safety';
import { API_HEADERS } from '../http';
import { takeFromDailyBudget } from './daily-budget';
import { askGemini, readGeminiSettings, type GeminiReply, type GeminiSettings } from './gemini';
import {
  buildFollowUpPrompt,
  buildSummaryPrompt,
  judgeReply,
  usableFollowUp,
  usableSummary,
  usableUpdate,
  type GuidePrompt,
} from '../../../src/shared/guide-prompt';
import { buildUpdatePrompt } from './update-prompt';

export interface GuideReply {
  source: CoachSource;
  /** Set when the text was not ordinary: sent as X-Guide-Safety. */
  safety?: 'crisis' | 'care';
  /** Set when the built-in guide answered although the AI was asked for. */
  fallback?: FallbackReason;
  body: ReadableStream<Uint8Array>;
}

export interface GuideOptions {
  env?: Record<string, string | undefined>;
  /** The incoming request's signal, so a closed tab stops the upstream call. */
  signal?: AbortSignal;
}

type Kind = 'follow-up' | 'summary' | 'update';

/** Thrown when the first chunk, or the whole reply, does not arrive in time. */
class UpstreamTimeoutError extends Error {
  constructor(what: string) {
    super(`Gemini sent ${what} before the timeout`);
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

const builtInReply = (text: string, fallback: FallbackReason): GuideReply => ({
  source: 'built-in',
  fallback,
  body: textStream(text),
});
const safetyReply = (): GuideReply => ({ source: 'safety', safety: 'crisis', body: textStream(SAFETY_MESSAGE) });
/** The human-written answer to a care text: a care question, or the summary or draft made only of harmless words. */
const careReply = (text: string): GuideReply => ({ source: 'care', safety: 'care', body: textStream(text) });

/** One line per Gemini reply for the operator: the model, how it ended, tokens and time. Never any text. */
function logReply(kind: Kind, settings: GeminiSettings, reply: GeminiReply, ms: number): void {
  const { prompt, output, thoughts, total } = reply.usage;
  const n = (value: number | undefined) => (value === undefined ? '?' : String(value));
  console.info(
    `ai: ${kind} from ${settings.model}, finish ${reply.finishReason ?? 'none'}, tokens prompt ${n(prompt)} output ${n(output)} thoughts ${n(thoughts)} total ${n(total)}, ${Math.round(ms)} ms`,
  );
}

/** Asks Gemini under both timeouts; the reply, or why there is none. */
async function callGemini(
  settings: GeminiSettings,
  prompt: GuidePrompt,
  requestSignal?: AbortSignal,
): Promise<GeminiReply | 'timeout' | 'upstream-error'> {
  const upstream = new AbortController();
  const onClientGone = () => upstream.abort();
  requestSignal?.addEventListener('abort', onClientGone, { once: true });
  let firstTimer: ReturnType<typeof setTimeout> | undefined;
  let totalTimer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    firstTimer = setTimeout(() => reject(new UpstreamTimeoutError('nothing')), settings.firstChunkTimeoutMs);
    totalTimer = setTimeout(() => reject(new UpstreamTimeoutError('no complete reply')), settings.totalTimeoutMs);
  });
  try {
    return await Promise.race([askGemini(settings, prompt, upstream.signal, () => clearTimeout(firstTimer)), timedOut]);
  } catch (error) {
    upstream.abort();
    const timeout = error instanceof UpstreamTimeoutError;
    // Only the class of the failure is logged: neither the request nor the provider's text.
    console.warn(
      `ai: Gemini ${timeout ? 'timed out' : `failed (${error instanceof Error ? error.name : 'unknown'})`}; the built-in guide answers`,
    );
    return timeout ? 'timeout' : 'upstream-error';
  } finally {
    clearTimeout(firstTimer);
    clearTimeout(totalTimer);
    requestSignal?.removeEventListener('abort', onClientGone);
  }
}

/**
 * Gemini's reply when there is a usable one; otherwise the built-in text, with the reason. `usable` turns the
 * model's text into what is shown, or says it cannot be; `care` is the human-written answer when the model judges
 * the text a care text. Runs only for texts the gate called ordinary.
 */
async function coachReply(
  kind: Kind,
  prompt: GuidePrompt,
  builtIn: () => string,
  care: () => string,
  usable: (text: string) => string | undefined,
  options: GuideOptions,
): Promise<GuideReply> {
  const env = options.env ?? process.env;
  const settings = readGeminiSettings(env);
  if (!settings) return builtInReply(builtIn(), 'no-key');
  if (!(await takeFromDailyBudget(env))) return builtInReply(builtIn(), 'budget');
  const started = performance.now();
  const reply = await callGemini(settings, prompt, options.signal);
  if (typeof reply === 'string') return builtInReply(builtIn(), reply);
  logReply(kind, settings, reply, performance.now() - started);
  const finished = reply.finishReason === undefined || reply.finishReason === 'STOP';
  const verdict = judgeReply(reply.text, usable, { finished, allowHarmWords: kind === 'update' });
  switch (verdict.kind) {
    case 'crisis':
      return safetyReply();
    case 'care':
      return careReply(care());
    case 'unusable':
      console.warn(
        `ai: Gemini's ${kind} was ${finished ? 'empty or unusable' : `cut off (${reply.finishReason})`}; the built-in guide answers`,
      );
      return builtInReply(builtIn(), 'upstream-error');
    // The model's own words pass the same gate: a reply that speaks of death, harm or methods is never shown, and
    // one that merely uses a word of harm ("it sounds painful") gives way to the built-in guide, which never does.
    case 'speaks-of-harm':
      console.warn(`ai: Gemini's ${kind} spoke of harm; the safety message answers instead`);
      return safetyReply();
    case 'harm-word':
      console.warn(`ai: Gemini's ${kind} used a word of harm; the built-in guide answers`);
      return builtInReply(builtIn(), 'upstream-error');
    case 'reply':
      return { source: 'gemini', body: textStream(verdict.text) };
  }
}

/** One follow-up question for an answer. */
export function followUpReply(
  set: PromptSetWithId,
  request: FollowUpRequest,
  options: GuideOptions = {},
): Promise<GuideReply> {
  const asked = request.earlier.map((e) => e.question);
  const care = () => careQuestion(request.answer, asked);
  const safety = guideSafety(request.answer, ...request.earlier.map((e) => e.answer));
  if (safety === 'crisis') return Promise.resolve(safetyReply());
  if (safety === 'care') return Promise.resolve(careReply(care()));
  const prompt = set.prompts.find((p) => p.id === request.promptId);
  if (!prompt) throw new Error(`prompt ${request.promptId} is not in set ${set.id}`);
  const builtIn = () => builtInFollowUp(prompt, request.answer, request.earlier, request.tone);
  return coachReply('follow-up', buildFollowUpPrompt(set, request), builtIn, care, usableFollowUp, options);
}

/** The end-of-reflection summary in the five fixed sections. */
export function summaryReply(
  set: PromptSetWithId,
  request: SummaryRequest,
  options: GuideOptions = {},
): Promise<GuideReply> {
  const checkIns = request.checkIns ?? [];
  const texts = [
    ...request.answers.flatMap((a) => [a.answer, ...a.followUps.map((f) => f.answer)]),
    ...checkIns.flatMap((c) => [c.text, c.note]),
  ];
  // The built-in summary quotes and lists only sentences without words of harm: it is also the care answer.
  const builtIn = () => builtInSummary({ prompts: set.prompts, answers: request.answers, checkIns });
  const safety = guideSafety(...texts);
  if (safety === 'crisis') return Promise.resolve(safetyReply());
  if (safety === 'care') return Promise.resolve(careReply(builtIn()));
  return coachReply('summary', buildSummaryPrompt(set, request), builtIn, builtIn, usableSummary, options);
}

/**
 * An update for a mentor, tightened by Gemini. The built-in "answer" is the draft unchanged: without the AI there
 * is nothing to tighten with, and no words but the person's. A reply that lost a heading is not shown. For a care
 * text the draft also comes back unchanged: it is theirs to send, and no model rewrites it.
 */
export function updateReply(request: UpdateRequest, options: GuideOptions = {}): Promise<GuideReply> {
  const safety = guideSafety(request.draft);
  if (safety === 'crisis') return Promise.resolve(safetyReply());
  if (safety === 'care') return Promise.resolve(careReply(request.draft));
  return coachReply(
    'update',
    buildUpdatePrompt(request),
    () => request.draft,
    () => request.draft,
    usableUpdate,
    options,
  );
}

/** The HTTP answer for a guide reply: the text, its source and any fallback reason in headers. */
export function guideResponse(reply: GuideReply): Response {
  return new Response(reply.body, {
    status: 200,
    headers: {
      ...API_HEADERS,
      'Content-Type': 'text/plain; charset=utf-8',
      'x-guide-source': reply.source,
      ...(reply.fallback ? { 'x-guide-fallback': reply.fallback } : {}),
      ...(reply.safety ? { 'X-Guide-Safety': reply.safety } : {}),
    },
  });
}
