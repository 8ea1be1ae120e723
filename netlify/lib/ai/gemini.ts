// The one place that talks to Gemini, through the official @google/genai SDK.
import { GoogleGenAI } from '@google/genai';
import type { GuidePrompt } from './prompt-builder';

/** A current Flash model through an alias that moves with new releases instead of retiring. */
export const DEFAULT_GEMINI_MODEL = 'gemini-flash-latest';
const DEFAULT_FIRST_CHUNK_TIMEOUT_MS = 8_000;
const DEFAULT_TOTAL_TIMEOUT_MS = 45_000;

export interface GeminiSettings {
  apiKey: string;
  model: string;
  /** Tests point the real SDK at a local stub through this. */
  baseUrl: string | undefined;
  /** How long to wait for the first words before answering with the built-in guide instead. */
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
  return {
    apiKey,
    model: env['GEMINI_MODEL']?.trim() || DEFAULT_GEMINI_MODEL,
    baseUrl: env['GEMINI_BASE_URL']?.trim() || undefined,
    firstChunkTimeoutMs: positiveNumber(env['GEMINI_TIMEOUT_MS'], DEFAULT_FIRST_CHUNK_TIMEOUT_MS),
    totalTimeoutMs: positiveNumber(env['GEMINI_TOTAL_TIMEOUT_MS'], DEFAULT_TOTAL_TIMEOUT_MS),
  };
}

/** Streams the model's text, chunk by chunk. Aborting the signal stops the upstream request. */
export async function* streamGemini(settings: GeminiSettings, prompt: GuidePrompt, signal: AbortSignal): AsyncGenerator<string> {
  const ai = new GoogleGenAI({
    apiKey: settings.apiKey,
    ...(settings.baseUrl ? { httpOptions: { baseUrl: settings.baseUrl } } : {}),
  });
  const stream = await ai.models.generateContentStream({
    model: settings.model,
    contents: [{ role: 'user', parts: [{ text: prompt.userText }] }],
    config: {
      systemInstruction: prompt.systemInstruction,
      maxOutputTokens: prompt.maxOutputTokens,
      temperature: 0.6,
      abortSignal: signal,
    },
  });
  for await (const chunk of stream) {
    const text = chunk.text;
    if (text) yield text;
  }
}
