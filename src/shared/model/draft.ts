// The reflection runner's draft: everything the person has written in one prompt set so far, kept in the browser
// between visits. Its type, a fresh one, and the guard a stored copy must pass (anything else is ignored, not trusted).
import { isAnswers, type PromptAnswer } from './answer';
import { isCheckIn, type CheckIn } from './check-in';
import { ANSWER_MAX_CHARS } from './limits';
import { hasFields, isOneOf, isString, nullable, optional } from './plain';
import { isSummary, type Summary } from './summary';

/** "checkin": what happened to earlier commitments, between the intro and the first prompt (some sets only). */
export const PHASES = ['intro', 'checkin', 'prompt', 'review', 'summary'] as const;
export type Phase = (typeof PHASES)[number];
const isPhase = isOneOf(PHASES);

/** Set once saved to the journal: which entry this draft is, and the server revision it was based on. */
export interface JournalLink {
  localId: string;
  baseRevision: number | null;
}

export interface Draft {
  v: 1;
  setId: string;
  phase: Phase;
  /** Index of the prompt on screen while phase is "prompt". */
  index: number;
  answers: Record<string, PromptAnswer>;
  summary: Summary | null;
  /** The summary a rewrite replaced, so a rewrite never silently loses the person's edits. */
  previousSummary?: Summary | null;
  journal?: JournalLink | null;
  /** What the person said happened to their open commitments (absent in drafts of sets without a check-in). */
  checkIns?: CheckIn[];
  updatedAt: string;
}

export function newDraft(setId: string): Draft {
  return { v: 1, setId, phase: 'intro', index: 0, answers: {}, summary: null, updatedAt: new Date().toISOString() };
}

const isJournalLink = (v: unknown): v is JournalLink =>
  hasFields(v, { localId: isString, baseRevision: nullable((r) => typeof r === 'number') });

/**
 * True when a parsed value has exactly the shape of a Draft. Its check-ins are not looked at here: restoring checks
 * them one by one (isKeptCheckIn), so one damaged check-in does not cost the whole draft.
 */
export const isDraft = (v: unknown): v is Draft =>
  hasFields(v, {
    v: (version) => version === 1,
    setId: isString,
    phase: isPhase,
    index: (index) => typeof index === 'number' && Number.isFinite(index),
    answers: isAnswers,
    summary: nullable(isSummary),
    previousSummary: optional(nullable(isSummary)),
    journal: optional(nullable(isJournalLink)),
    updatedAt: isString,
  });

/** A check-in a restored draft keeps: a check-in whose note fits the runner's text box (a longer one is not ours). */
export const isKeptCheckIn = (v: unknown): v is CheckIn => isCheckIn(v) && v.note.length <= ANSWER_MAX_CHARS;
