// The words of the "coach": what the UI calls "your guide", the AI or built-in voice that asks follow-up questions
// and writes summaries. (The articles under /guides/ are "guides"; the question-asker is the coach in code.)
// Plain constants and types, no zod: islands import this, the server's schemas build their enums from it.

/**
 * Who wrote a follow-up or a summary; sent as the `x-guide-source` header. `safety` is the fixed safety message for
 * a crisis text, `care` the human-written answer to a text with words of death, harm or despair (src/shared/safety).
 * `on-device` is the browser's own model (never sent by the server).
 */
export const COACH_SOURCES = ['gemini', 'built-in', 'safety', 'care', 'on-device'] as const;
export type CoachSource = (typeof COACH_SOURCES)[number];

/**
 * Why the built-in coach answered although the AI was asked for; sent as `x-guide-fallback`. `upstream-error`
 * covers a reply that came back empty, cut off or unusable; `budget` the operator's daily ceiling being spent.
 */
export const FALLBACK_REASONS = ['no-key', 'upstream-error', 'timeout', 'budget'] as const;
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

/** The person's choice of coach: the AI (through our server), the built-in one, or the browser's own model (both on the device). */
export type CoachChoice = 'ai' | 'built-in' | 'on-device';

export const TONES = ['gentle', 'direct'] as const;
export type Tone = (typeof TONES)[number];

/** One follow-up question and the person's answer to it (empty when skipped), as the API takes it. */
export interface FollowUpExchange {
  question: string;
  answer: string;
}

export const isCoachSource = (value: unknown): value is CoachSource => (COACH_SOURCES as readonly unknown[]).includes(value);
export const isFallbackReason = (value: unknown): value is FallbackReason => (FALLBACK_REASONS as readonly unknown[]).includes(value);
