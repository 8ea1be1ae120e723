// Request bodies of the AI proxy, shared by the runner island (to build them) and the functions (to check them).
import { z } from 'zod';
import { COACH_SOURCES, FALLBACK_REASONS, TONES } from '../coach';
import { ANSWER_MAX_CHARS, MAX_CHECK_INS, MAX_FOLLOW_UPS_PER_PROMPT } from '../limits';
import { UPDATE_MAX_CHARS } from '../update-format';

export { AI_REQUEST_MAX_BYTES, ANSWER_MAX_CHARS, MAX_FOLLOW_UPS_PER_PROMPT, STREAM_INTERRUPTED_MARKER } from '../limits';

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
  question: z.string({ error: 'question must be a string' }).min(1, 'question is required').max(600, 'question is longer than 600 characters'),
  /** Empty when the person skipped the question. */
  answer: z.string({ error: 'answer must be a string' }).max(ANSWER_MAX_CHARS, `answer is longer than ${ANSWER_MAX_CHARS} characters`),
});

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
  answer: z.string({ error: 'answer must be a string' }).max(ANSWER_MAX_CHARS, `answer is longer than ${ANSWER_MAX_CHARS} characters`),
  followUps: z.array(FollowUpExchangeSchema).max(MAX_FOLLOW_UPS_PER_PROMPT, `at most ${MAX_FOLLOW_UPS_PER_PROMPT} follow-ups per prompt`).default([]),
});
export type SummaryAnswer = z.infer<typeof SummaryAnswerSchema>;

/** What the person said happened to one earlier commitment: its words and their note, nothing of the journal's ids. */
export const SummaryCheckInSchema = z.strictObject({
  text: z
    .string({ error: 'checkIns: text must be a string' })
    .refine((text) => text.trim().length > 0, 'checkIns: text is empty; each check-in names its commitment')
    .refine((text) => text.length <= ANSWER_MAX_CHARS, `checkIns: text is longer than ${ANSWER_MAX_CHARS} characters`),
  state: z.enum(['open', 'done', 'dropped'], { error: 'checkIns: state must be "open", "done" or "dropped"' }),
  note: z.string({ error: 'checkIns: note must be a string' }).max(ANSWER_MAX_CHARS, `checkIns: note is longer than ${ANSWER_MAX_CHARS} characters`),
});
export type SummaryCheckIn = z.infer<typeof SummaryCheckInSchema>;

export const SummaryRequestSchema = z.strictObject({
  setId: idField('setId'),
  answers: z
    .array(SummaryAnswerSchema, { error: 'answers must be a list of { promptId, answer }' })
    .min(1, 'answers must include at least one answer')
    .max(12, 'answers has more entries than any prompt set')
    .refine((answers) => answers.some((a) => a.answer.trim().length > 0), 'every answer is empty: write at least one before asking for a summary'),
  tone: ToneSchema.default('gentle'),
  /** The check-in on earlier commitments that opened this reflection (absent for sets without one). */
  checkIns: z
    .array(SummaryCheckInSchema, { error: 'checkIns must be a list of { text, state, note }' })
    .max(MAX_CHECK_INS, `checkIns has more than ${MAX_CHECK_INS} entries`)
    .optional(),
});
export type SummaryRequest = z.infer<typeof SummaryRequestSchema>;

export const CoachSourceSchema = z.enum(COACH_SOURCES);
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
