// The words of the "coach": what the UI calls "your guide", the AI or built-in voice that asks follow-up questions
// and writes summaries. (The articles under /guides/ are "guides"; the question-asker is the coach in code.)
// Plain constants and types, no zod: islands import this, the server's schemas build their enums from it.

// Who wrote a follow-up or a summary, and a follow-up as the API takes it, are part of a reflection's data (model/).
export { COACH_SOURCES, isCoachSource, type CoachSource } from './model/coach-source';
export type { FollowUpExchange } from './model/answer';

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

/**
 * Marks a reply that stopped partway, after some text was already sent; the client removes it and tells the
 * person the reply is incomplete. The server now reads a model's reply whole before answering (a broken
 * reply gets the built-in guide instead), so it no longer sends this; the client keeps handling it for
 * anything that streams in parts.
 */
export const STREAM_INTERRUPTED_MARKER = '\n\u241e interrupted';

export const isFallbackReason = (value: unknown): value is FallbackReason =>
  (FALLBACK_REASONS as readonly unknown[]).includes(value);
