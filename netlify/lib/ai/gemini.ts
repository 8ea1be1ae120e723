// The one place that talks to Gemini, through the official @google/genai SDK: settings read at request time,
// the request (thinking configured for the model family, see thinking.ts), and the whole reply with its finish
// reason and token counts.
import { GoogleGenAI, type GenerateContentResponseUsageMetadata } from '@google/genai';
import { GUIDE_REPLY_SCHEMA, type GuidePrompt } from '../../../src/shared/guide-prompt';
import { generationLimits, parseThinkingOverride, thinkingForModel, type ThinkingSetting } from './thinking';

/** A current Flash model through an alias that moves with new releases instead of retiring. */
export const DEFAULT_GEMINI_MODEL = 'gemini-flash-latest';
const DEFAULT_FIRST_CHUNK_TIMEOUT_MS = 8_000;
const DEFAULT_TOTAL_TIMEOUT_MS = 45_000;

export interface GeminiSettings {
  apiKey: string;
  model: string;
  /** Tests point the real SDK at a local stub through this. */
  baseUrl: string | undefined;
  thinking: ThinkingSetting;
  /** How long to wait for the first chunk before answering with the built-in guide instead. */
  firstChunkTimeoutMs: number;
  /** Hard stop for a whole reply. */
  totalTimeoutMs: number;
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** Settings read at request time (never at build time); undefined when no key is configured. */
export function readGeminiSettings(env: Record<string, string | undefined> = process.env): GeminiSettings | undefined {
  const apiKey = env['GEMINI_API_KEY']?.trim();
  if (!apiKey) return undefined;
  const model = env['GEMINI_MODEL']?.trim() || DEFAULT_GEMINI_MODEL;
  const override = parseThinkingOverride(env['GEMINI_THINKING']);
  if (env['GEMINI_THINKING']?.trim() && !override)
    console.warn('ai: GEMINI_THINKING is not budget:<n>, level:<name> or default; using the setting for the model');
  return {
    apiKey,
    model,
    baseUrl: env['GEMINI_BASE_URL']?.trim() || undefined,
    thinking: override ?? thinkingForModel(model),
    firstChunkTimeoutMs: positiveNumber(env['GEMINI_TIMEOUT_MS'], DEFAULT_FIRST_CHUNK_TIMEOUT_MS),
    totalTimeoutMs: positiveNumber(env['GEMINI_TOTAL_TIMEOUT_MS'], DEFAULT_TOTAL_TIMEOUT_MS),
  };
}

export interface TokenUsage {
  prompt: number | undefined;
  /** The answer's own tokens. */
  output: number | undefined;
  /** Thinking tokens: billed as output, and counted against maxOutputTokens. */
  thoughts: number | undefined;
  total: number | undefined;
}

export interface GeminiReply {
  text: string;
  /** "STOP" for a finished reply; "MAX_TOKENS" when cut off; undefined when the stream named none. */
  finishReason: string | undefined;
  usage: TokenUsage;
}

function usageOf(meta: GenerateContentResponseUsageMetadata | undefined): TokenUsage {
  return {
    prompt: meta?.promptTokenCount,
    output: meta?.candidatesTokenCount,
    thoughts: meta?.thoughtsTokenCount,
    total: meta?.totalTokenCount,
  };
}

/**
 * Asks Gemini and reads the whole reply. `onFirstChunk` runs when the stream's first chunk arrives, so the
 * caller can tell a slow start from a slow finish. Aborting `signal` stops the upstream request.
 */
export async function askGemini(
  settings: GeminiSettings,
  prompt: GuidePrompt,
  signal: AbortSignal,
  onFirstChunk: () => void,
): Promise<GeminiReply> {
  const ai = new GoogleGenAI({
    apiKey: settings.apiKey,
    ...(settings.baseUrl ? { httpOptions: { baseUrl: settings.baseUrl } } : {}),
  });
  const stream = await ai.models.generateContentStream({
    model: settings.model,
    contents: [{ role: 'user', parts: prompt.parts.map((text) => ({ text })) }],
    config: {
      systemInstruction: prompt.systemInstruction,
      ...generationLimits(settings.thinking, prompt.answerTokens),
      temperature: 0.6,
      // The reply and the model's risk judgement together (guide-judgement.ts).
      responseMimeType: 'application/json',
      responseJsonSchema: GUIDE_REPLY_SCHEMA,
      abortSignal: signal,
    },
  });
  let text = '';
  let finishReason: string | undefined;
  let usage: GenerateContentResponseUsageMetadata | undefined;
  let first = true;
  for await (const chunk of stream) {
    if (first) onFirstChunk();
    first = false;
    // Text parts only: thought parts are never asked for (includeThoughts is off) and never shown.
    text +=
      chunk.candidates?.[0]?.content?.parts?.map((part) => (part.thought ? '' : (part.text ?? ''))).join('') ?? '';
    finishReason = chunk.candidates?.[0]?.finishReason ?? finishReason;
    usage = chunk.usageMetadata ?? usage;
  }
  return { text, finishReason, usage: usageOf(usage) };
}
