// One prompt's answer and its follow-ups: as the runner keeps it (with who asked and whether it was skipped), and
// as the AI endpoints take it (question and answer only).
import { isCoachSource, type CoachSource } from './coach-source';
import { hasFields, isBoolean, isObject, isString, listOf } from './plain';

export interface FollowUp {
  question: string;
  /** Empty until answered; stays empty when skipped. */
  answer: string;
  skipped: boolean;
  source: CoachSource;
}

export interface PromptAnswer {
  answer: string;
  followUps: FollowUp[];
}

/** One follow-up question and the person's answer to it (empty when skipped), as the API takes it. */
export interface FollowUpExchange {
  question: string;
  answer: string;
}

/** One prompt's answer as a summary request carries it (the runner sends it, the server and built-in guide read it). */
export interface SummaryAnswer {
  promptId: string;
  answer: string;
  followUps: FollowUpExchange[];
}

export const isFollowUp = (v: unknown): v is FollowUp =>
  hasFields(v, { question: isString, answer: isString, skipped: isBoolean, source: isCoachSource });

export const isPromptAnswer = (v: unknown): v is PromptAnswer =>
  hasFields(v, { answer: isString, followUps: listOf(isFollowUp) });

/** A map of prompt id to answer, as drafts and saved entries hold them. */
export const isAnswers = (v: unknown): v is Record<string, PromptAnswer> =>
  isObject(v) && Object.values(v).every(isPromptAnswer);
