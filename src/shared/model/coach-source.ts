// Who wrote a follow-up or a summary: part of what a reflection keeps, and sent as the `x-guide-source` header.

/**
 * `safety` is the fixed safety message for a crisis text, `care` the human-written answer to a text with words of
 * death, harm or despair (src/shared/safety). `on-device` is the browser's own model (never sent by the server).
 */
export const COACH_SOURCES = ['gemini', 'built-in', 'safety', 'care', 'on-device'] as const;
export type CoachSource = (typeof COACH_SOURCES)[number];

export const isCoachSource = (value: unknown): value is CoachSource =>
  (COACH_SOURCES as readonly unknown[]).includes(value);
