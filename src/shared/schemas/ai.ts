// Request bodies of the AI proxy, checked by the functions. Built from the model's constants and checked against its
// types (`satisfies`), so a request the runner builds from a draft is one these accept.
import { z } from 'zod';
import { FALLBACK_REASONS, TONES } from '../coach';
import type { FollowUpExchange, SummaryAnswer } from '../model/answer';
import { COACH_SOURCES, type CoachSource } from '../model/coach-source';
import type { SummaryCheckIn } from '../model/check-in';
import { COMMITMENT_STATES, type CommitmentState } from '../model/commitment-state';
import {
  ANSWER_MAX_CHARS,
  FOLLOW_UP_QUESTION_MAX_CHARS,
  MAX_CHECK_INS,
  MAX_FOLLOW_UPS_PER_PROMPT,
} from '../model/limits';
import { UPDATE_MAX_CHARS } from '../update-format';

export { STREAM_INTERRUPTED_MARKER } from '../coach';
export { AI_REQUEST_MAX_BYTES, ANSWER_MAX_CHARS, MAX_FOLLOW_UPS_PER_PROMPT } from '../model/limits';
export type { SummaryAnswer } from '../model/answer';
export type { SummaryCheckIn } from '../model/check-in';

export const ToneSchema = z.enum(TONES, { error: 'tone must be "gentle" or "direct"' });

const idField = (name: string) =>
  z
    .string({ error: `${name} must be a string` })
    .min(1, `${name} is required`)
    .max(80, `${name} is too long`);

/** An answer the person wrote. Blank is rejected; over the limit is flagged separately as "too large". */
export const AnswerTextSchema = z
  .string({ error: 'answer must be a string' })
  .refine((text) => text.trim().length > 0, 'answer is empty: write something before asking the guide')
  .refine((text) => text.length <= ANSWER_MAX_CHARS, `answer is longer than ${ANSWER_MAX_CHARS} characters`);

export const FollowUpExchangeSchema = z.strictObject({
  question: z
    .string({ error: 'question must be a string' })
    .min(1, 'question is required')
    .max(FOLLOW_UP_QUESTION_MAX_CHARS, `question is longer than ${FOLLOW_UP_QUESTION_MAX_CHARS} characters`),
  /** Empty when the person skipped the question. */
  answer: z
    .string({ error: 'answer must be a string' })
    .max(ANSWER_MAX_CHARS, `answer is longer than ${ANSWER_MAX_CHARS} characters`),
}) satisfies z.ZodType<FollowUpExchange>;

export const FollowUpRequestSchema = z.strictObject({
  setId: idField('setId'),
  promptId: idField('promptId'),
  answer: AnswerTextSchema,
  earlier: z
    .array(FollowUpExchangeSchema, { error: 'earlier must be a list of { question, answer }' })
    .max(MAX_FOLLOW_UPS_PER_PROMPT, `at most ${MAX_FOLLOW_UPS_PER_PROMPT} follow-ups per prompt`)
    .default([]),
  tone: ToneSchema.default('gentle'),
});
export type FollowUpRequest = z.infer<typeof FollowUpRequestSchema>;

export const SummaryAnswerSchema = z.strictObject({
  promptId: idField('promptId'),
  /** A prompt left blank is allowed in a summary; the guide simply has less to go on. */
  answer: z
    .string({ error: 'answer must be a string' })
    .max(ANSWER_MAX_CHARS, `answer is longer than ${ANSWER_MAX_CHARS} characters`),
  followUps: z
    .array(FollowUpExchangeSchema)
    .max(MAX_FOLLOW_UPS_PER_PROMPT, `at most ${MAX_FOLLOW_UPS_PER_PROMPT} follow-ups per prompt`)
    .default([]),
}) satisfies z.ZodType<SummaryAnswer>;

export const CommitmentStateSchema = z.enum(COMMITMENT_STATES, {
  error: 'checkIns: state must be "open", "done" or "dropped"',
}) satisfies z.ZodType<CommitmentState>;

/** What the person said happened to one earlier commitment: its words and their note, nothing of the journal's ids. */
export const SummaryCheckInSchema = z.strictObject({
  text: z
    .string({ error: 'checkIns: text must be a string' })
    .refine((text) => text.trim().length > 0, 'checkIns: text is empty; each check-in names its commitment')
    .refine((text) => text.length <= ANSWER_MAX_CHARS, `checkIns: text is longer than ${ANSWER_MAX_CHARS} characters`),
  state: CommitmentStateSchema,
  note: z
    .string({ error: 'checkIns: note must be a string' })
    .max(ANSWER_MAX_CHARS, `checkIns: note is longer than ${ANSWER_MAX_CHARS} characters`),
}) satisfies z.ZodType<SummaryCheckIn>;

export const SummaryRequestSchema = z.strictObject({
  setId: idField('setId'),
  answers: z
    .array(SummaryAnswerSchema, { error: 'answers must be a list of { promptId, answer }' })
    .min(1, 'answers must include at least one answer')
    .max(12, 'answers has more entries than any prompt set')
    .refine(
      (answers) => answers.some((a) => a.answer.trim().length > 0),
      'every answer is empty: write at least one before asking for a summary',
    ),
  tone: ToneSchema.default('gentle'),
  /** The check-in on earlier commitments that opened this reflection (absent for sets without one). */
  checkIns: z
    .array(SummaryCheckInSchema, { error: 'checkIns must be a list of { text, state, note }' })
    .max(MAX_CHECK_INS, `checkIns has more than ${MAX_CHECK_INS} entries`)
    .optional(),
});
export type SummaryRequest = z.infer<typeof SummaryRequestSchema>;

export const CoachSourceSchema = z.enum(COACH_SOURCES) satisfies z.ZodType<CoachSource>;
export const FallbackReasonSchema = z.enum(FALLBACK_REASONS);

/** POST /api/ai/update: the person's draft update for their mentor, to be tightened (never added to). */
export const UpdateRequestSchema = z.strictObject({
  draft: z
    .string({ error: 'draft must be a string' })
    .refine((text) => text.trim().length > 0, 'draft is empty: write or draft your update first')
    .refine((text) => text.length <= UPDATE_MAX_CHARS, `draft is longer than ${UPDATE_MAX_CHARS} characters`),
  tone: ToneSchema.default('gentle'),
});
export type UpdateRequest = z.infer<typeof UpdateRequestSchema>;
