// The reflection runner's state as plain data and pure transitions, so it can be tested without a browser
// and saved to localStorage as it is. The island only renders it and calls these functions.
import { ANSWER_MAX_CHARS, MAX_FOLLOW_UPS_PER_PROMPT } from '../shared/limits';

export type Phase = 'intro' | 'prompt' | 'review' | 'summary';
import type { CoachSource } from '../shared/coach';

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

export interface Draft {
  v: 1;
  setId: string;
  phase: Phase;
  /** Index of the prompt on screen while phase is "prompt". */
  index: number;
  answers: Record<string, PromptAnswer>;
  summary: { text: string; source: CoachSource; createdAt: string } | null;
  /** Set once saved to the journal: which entry this draft is, and the server revision it was based on. */
  journal?: JournalLink | null;
  updatedAt: string;
}

export interface JournalLink {
  localId: string;
  baseRevision: number | null;
}

// What a stored draft must look like; anything else in localStorage is ignored, not trusted.
// A hand-written guard rather than zod: this runs in the island, where zod would be most of its JavaScript.
const SOURCES = ['gemini', 'built-in', 'safety'];
const PHASES = ['intro', 'prompt', 'review', 'summary'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function isFollowUp(v: unknown): v is FollowUp {
  return isObject(v) && isString(v['question']) && isString(v['answer']) && typeof v['skipped'] === 'boolean' && SOURCES.includes(v['source'] as string);
}

function isPromptAnswer(v: unknown): v is PromptAnswer {
  return isObject(v) && isString(v['answer']) && Array.isArray(v['followUps']) && v['followUps'].every(isFollowUp);
}

function isSummary(v: unknown): v is NonNullable<Draft['summary']> {
  return isObject(v) && isString(v['text']) && isString(v['createdAt']) && SOURCES.includes(v['source'] as string);
}

function isJournalLink(v: unknown): v is JournalLink {
  return isObject(v) && isString(v['localId']) && (v['baseRevision'] === null || typeof v['baseRevision'] === 'number');
}

/** True when a parsed value has exactly the shape of a Draft. */
export function isDraft(v: unknown): v is Draft {
  return (
    isObject(v) &&
    v['v'] === 1 &&
    isString(v['setId']) &&
    PHASES.includes(v['phase'] as string) &&
    typeof v['index'] === 'number' &&
    Number.isFinite(v['index']) &&
    isObject(v['answers']) &&
    Object.values(v['answers']).every(isPromptAnswer) &&
    (v['summary'] === null || isSummary(v['summary'])) &&
    (v['journal'] === undefined || v['journal'] === null || isJournalLink(v['journal'])) &&
    isString(v['updatedAt'])
  );
}

const now = () => new Date().toISOString();

export function newDraft(setId: string): Draft {
  return { v: 1, setId, phase: 'intro', index: 0, answers: {}, summary: null, updatedAt: now() };
}

/**
 * Reads a stored draft for this set. Broken JSON, another set's draft or an unknown shape gives undefined;
 * prompts that no longer exist are dropped and the position is kept inside the set.
 */
export function restoreDraft(raw: string | null, setId: string, promptIds: string[]): Draft | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isDraft(value) || value.setId !== setId) return undefined;
  const draft = value;
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([id]) => promptIds.includes(id)));
  // A summary phase without a summary cannot be shown; fall back to the review.
  const phase = draft.phase === 'summary' && !draft.summary ? 'review' : draft.phase;
  const index = Math.min(Math.max(0, Math.trunc(draft.index)), Math.max(0, promptIds.length - 1));
  return { ...draft, phase, answers, index };
}

/** True when the person has written anything worth restoring. */
export function hasContent(draft: Draft): boolean {
  return Object.values(draft.answers).some((a) => a.answer.trim() || a.followUps.some((f) => f.answer.trim())) || draft.summary !== null;
}

const touch = (draft: Draft, changes: Partial<Draft>): Draft => ({ ...draft, ...changes, updatedAt: now() });

export function answerOf(draft: Draft, promptId: string): PromptAnswer {
  return draft.answers[promptId] ?? { answer: '', followUps: [] };
}

/** Sets the answer text, cut at the limit so the draft never holds what the server would refuse. */
export function setAnswer(draft: Draft, promptId: string, text: string): Draft {
  const current = answerOf(draft, promptId);
  return touch(draft, { answers: { ...draft.answers, [promptId]: { ...current, answer: text.slice(0, ANSWER_MAX_CHARS) } } });
}

export function begin(draft: Draft): Draft {
  return touch(draft, { phase: 'prompt', index: 0 });
}

/** Next prompt, or the review step after the last one. */
export function goNext(draft: Draft, promptCount: number): Draft {
  if (draft.phase === 'intro') return begin(draft);
  if (draft.phase !== 'prompt') return draft;
  return draft.index + 1 >= promptCount ? touch(draft, { phase: 'review' }) : touch(draft, { index: draft.index + 1 });
}

/** Previous prompt; from the review, the last prompt; from the first prompt, the intro. */
export function goBack(draft: Draft, promptCount: number): Draft {
  if (draft.phase === 'review' || draft.phase === 'summary') return touch(draft, { phase: 'prompt', index: promptCount - 1 });
  if (draft.phase === 'prompt') return draft.index === 0 ? touch(draft, { phase: 'intro' }) : touch(draft, { index: draft.index - 1 });
  return draft;
}

export function goTo(draft: Draft, index: number): Draft {
  return touch(draft, { phase: 'prompt', index });
}

/** Whether "Go deeper" may ask for another follow-up on this prompt. */
export function canGoDeeper(draft: Draft, promptId: string): boolean {
  const { answer, followUps } = answerOf(draft, promptId);
  const last = followUps.at(-1);
  const lastSettled = !last || last.skipped || last.answer.trim().length > 0 || last.source === 'safety';
  return answer.trim().length > 0 && followUps.length < MAX_FOLLOW_UPS_PER_PROMPT && lastSettled && !followUps.some((f) => f.source === 'safety');
}

export function addFollowUp(draft: Draft, promptId: string, question: string, source: FollowUp['source']): Draft {
  const current = answerOf(draft, promptId);
  const followUps = [...current.followUps, { question, answer: '', skipped: false, source }];
  return touch(draft, { answers: { ...draft.answers, [promptId]: { ...current, followUps } } });
}

function updateFollowUp(draft: Draft, promptId: string, index: number, change: Partial<FollowUp>): Draft {
  const current = answerOf(draft, promptId);
  const followUps = current.followUps.map((f, i) => (i === index ? { ...f, ...change } : f));
  return touch(draft, { answers: { ...draft.answers, [promptId]: { ...current, followUps } } });
}

export function answerFollowUp(draft: Draft, promptId: string, index: number, text: string): Draft {
  return updateFollowUp(draft, promptId, index, { answer: text.slice(0, ANSWER_MAX_CHARS), skipped: false });
}

export function skipFollowUp(draft: Draft, promptId: string, index: number): Draft {
  return updateFollowUp(draft, promptId, index, { skipped: true });
}

/** Links the draft to its journal entry after a save, so the next save updates that entry. */
export function linkToJournal(draft: Draft, journal: JournalLink): Draft {
  return touch(draft, { journal });
}

export function setSummary(draft: Draft, text: string, source: FollowUp['source']): Draft {
  return touch(draft, { phase: 'summary', summary: { text, source, createdAt: now() } });
}

/** The earlier follow-ups of a prompt in the shape the API takes. */
export function earlierExchanges(draft: Draft, promptId: string): { question: string; answer: string }[] {
  return answerOf(draft, promptId)
    .followUps.filter((f) => f.source !== 'safety')
    .map((f) => ({ question: f.question, answer: f.answer }));
}

/** Every prompt's answer and follow-ups, in set order, in the shape the summary API takes. */
export function summaryAnswers(draft: Draft, promptIds: string[]): { promptId: string; answer: string; followUps: { question: string; answer: string }[] }[] {
  return promptIds.map((promptId) => ({ promptId, answer: answerOf(draft, promptId).answer, followUps: earlierExchanges(draft, promptId) }));
}

/** True when at least one prompt has an answer: a summary needs something to summarise. */
export function hasAnyAnswer(draft: Draft): boolean {
  return Object.values(draft.answers).some((a) => a.answer.trim().length > 0);
}
