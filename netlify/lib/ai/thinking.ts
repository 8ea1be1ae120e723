// How much a Gemini model may think before it answers, per model family. Thinking tokens count against
// maxOutputTokens, so a thinking model given a 120-token limit can spend all of it thinking and return nothing
// (finish reason MAX_TOKENS). So: turn thinking off or down for the family, and give the output limit room for
// whatever thinking is left on top of the answer's own allowance. Sending the other family's setting is an
// error at the API: Gemini 2.5 takes `thinkingBudget`, Gemini 3 takes `thinkingLevel`, never both.
import { ThinkingLevel, type ThinkingConfig } from '@google/genai';

export type ThinkingSetting =
  | { kind: 'budget'; tokens: number }
  | { kind: 'level'; level: 'MINIMAL' | 'LOW' | 'MEDIUM' | 'HIGH' }
  /** Send no thinking configuration: models that do not think, or the model's own default when asked for. */
  | { kind: 'none'; thinksByDefault: boolean };

const LEVELS = {
  MINIMAL: ThinkingLevel.MINIMAL,
  LOW: ThinkingLevel.LOW,
  MEDIUM: ThinkingLevel.MEDIUM,
  HIGH: ThinkingLevel.HIGH,
} as const;

/** Room for thinking on top of the answer, per level: a level is a tendency, not a cap, so leave headroom. */
const LEVEL_ALLOWANCE = { MINIMAL: 512, LOW: 2_048, MEDIUM: 8_192, HIGH: 16_384 } as const;
const DEFAULT_THINKING_ALLOWANCE = 8_192;

/**
 * The setting for a model name. Gemini 2.5 Flash and Flash-Lite can stop thinking (budget 0); 2.5 Pro cannot,
 * so it gets the smallest budget it takes (128). Gemini 3 and later, and the `-latest` aliases (which point at
 * Gemini 3 models), get `thinkingLevel: LOW`: every Gemini 3 model takes LOW, while MINIMAL is refused by some
 * (3.7 and 3.8 Flash). Older models and other families (Gemma) do not think and get nothing.
 */
export function thinkingForModel(model: string): ThinkingSetting {
  const name = model.replace(/^models\//, '').toLowerCase();
  if (/^gemini-2\.5-pro/.test(name)) return { kind: 'budget', tokens: 128 };
  if (/^gemini-2\.5-flash/.test(name)) return { kind: 'budget', tokens: 0 };
  const version = name.match(/^gemini-(\d+)(?:\.\d+)?-/);
  if (version && Number(version[1]) >= 3) return { kind: 'level', level: 'LOW' };
  if (/^gemini-[a-z-]*-latest$/.test(name)) return { kind: 'level', level: 'LOW' };
  return { kind: 'none', thinksByDefault: false };
}

/**
 * The operator's override, `GEMINI_THINKING`: `budget:<tokens>`, `level:<minimal|low|medium|high>` or `default`
 * (send nothing and let the model think as it likes). Undefined when unset or not one of those.
 */
export function parseThinkingOverride(value: string | undefined): ThinkingSetting | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (text === 'default') return { kind: 'none', thinksByDefault: true };
  const budget = text.match(/^budget:(-1|\d{1,6})$/);
  if (budget) return { kind: 'budget', tokens: Number(budget[1]) };
  const level = text.match(/^level:(minimal|low|medium|high)$/);
  if (level) return { kind: 'level', level: level[1]!.toUpperCase() as keyof typeof LEVELS };
  return undefined;
}

/**
 * What goes into the request for an answer of at most `answerTokens`: the thinking configuration, and an
 * output limit that holds the answer plus the thinking the setting still allows.
 */
export function generationLimits(
  setting: ThinkingSetting,
  answerTokens: number,
): { maxOutputTokens: number; thinkingConfig?: ThinkingConfig } {
  switch (setting.kind) {
    case 'budget':
      // -1 is "think as needed": no bound, so the same room as a model left to its default.
      return {
        maxOutputTokens: answerTokens + (setting.tokens < 0 ? DEFAULT_THINKING_ALLOWANCE : setting.tokens),
        thinkingConfig: { thinkingBudget: setting.tokens },
      };
    case 'level':
      return {
        maxOutputTokens: answerTokens + LEVEL_ALLOWANCE[setting.level],
        thinkingConfig: { thinkingLevel: LEVELS[setting.level] },
      };
    default:
      return { maxOutputTokens: answerTokens + (setting.thinksByDefault ? DEFAULT_THINKING_ALLOWANCE : 0) };
  }
}
