// The reflection runner's draft as plain data: its shape, restoring a stored copy (checked by draft-shape.ts), and
// pure questions about it (where next, may it go deeper, what to send). The island keeps it in a Solid store and
// changes it by path (src/islands/runner/runner-store.ts); this file has no Solid in it, so tests need no browser.
import { MAX_FOLLOW_UPS_PER_PROMPT } from '../shared/limits';
import { MAX_CHECK_INS, isCheckIn } from './check-in-shape';
import type { CoachSource, FollowUpExchange } from '../shared/coach';
import { isDraft } from './draft-shape';
import type { CheckIn } from './journal/types';

/** "checkin": what happened to earlier commitments, between the intro and the first prompt (some sets only). */
export type Phase = 'intro' | 'checkin' | 'prompt' | 'review' | 'summary';

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
  summary: Summary | null;
  /** The summary a rewrite replaced, so a rewrite never silently loses the person's edits. */
  previousSummary?: Summary | null;
  /** Set once saved to the journal: which entry this draft is, and the server revision it was based on. */
  journal?: JournalLink | null;
  /** What the person said happened to their open commitments (absent in drafts of sets without a check-in). */
  checkIns?: CheckIn[];
  updatedAt: string;
}

export interface Summary {
  /** "## Section" headings and "- " bullets (see summary-format); the person may edit it freely. */
  text: string;
  source: CoachSource;
  createdAt: string;
  /** Digest of the answers it was written from: when they change, the summary may be out of date. */
  basedOn?: string;
  /** True once the person changed the coach's words. */
  edited?: boolean;
}

export interface JournalLink {
  localId: string;
  baseRevision: number | null;
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
  // Check-ins are checked one by one: a damaged one is dropped, the rest (and the draft) are kept.
  const stored: unknown = draft.checkIns;
  const checkIns = Array.isArray(stored) ? stored.filter(isCheckIn).slice(0, MAX_CHECK_INS) : [];
  const { checkIns: _unchecked, ...rest } = draft;
  return { ...rest, phase, answers, index, ...(checkIns.length ? { checkIns } : {}) };
}

/** True when the person has written anything worth restoring. */
export function hasContent(draft: Draft): boolean {
  return (
    Object.values(draft.answers).some((a) => a.answer.trim() || a.followUps.some((f) => f.answer.trim())) ||
    draft.summary !== null ||
    (draft.checkIns ?? []).some((c) => c.note.trim() || c.state !== 'open')
  );
}

export function answerOf(draft: Draft, promptId: string): PromptAnswer {
  return draft.answers[promptId] ?? { answer: '', followUps: [] };
}

/** Where the person is: the phase, and the prompt on screen while the phase is "prompt". */
export interface Step {
  phase: Phase;
  index: number;
}

/** Next prompt, or the review step after the last one; from the intro, the check-in (when there is one) or the first prompt. */
export function stepAfter(step: Step, promptCount: number, checkIn = false): Step {
  if (step.phase === 'intro') return checkIn ? { phase: 'checkin', index: 0 } : { phase: 'prompt', index: 0 };
  if (step.phase === 'checkin') return { phase: 'prompt', index: 0 };
  if (step.phase !== 'prompt') return step;
  return step.index + 1 >= promptCount ? { phase: 'review', index: step.index } : { phase: 'prompt', index: step.index + 1 };
}

/** Previous prompt; from the review or summary, the last prompt; from the first prompt, the check-in or the intro. */
export function stepBefore(step: Step, promptCount: number, checkIn = false): Step {
  if (step.phase === 'review' || step.phase === 'summary') return { phase: 'prompt', index: promptCount - 1 };
  if (step.phase === 'checkin') return { phase: 'intro', index: 0 };
  if (step.phase === 'prompt' && step.index === 0) return checkIn ? { phase: 'checkin', index: 0 } : { phase: 'intro', index: 0 };
  if (step.phase === 'prompt') return { phase: 'prompt', index: step.index - 1 };
  return step;
}

/** Whether "Go deeper" may ask for another follow-up on this prompt. */
export function canGoDeeper(draft: Draft, promptId: string): boolean {
  const { answer, followUps } = answerOf(draft, promptId);
  const last = followUps.at(-1);
  const lastSettled = !last || last.skipped || last.answer.trim().length > 0 || last.source === 'safety';
  return answer.trim().length > 0 && followUps.length < MAX_FOLLOW_UPS_PER_PROMPT && lastSettled && !followUps.some((f) => f.source === 'safety');
}

/** The earlier follow-ups of a prompt in the shape the API takes. */
export function earlierExchanges(draft: Draft, promptId: string): FollowUpExchange[] {
  return answerOf(draft, promptId)
    .followUps.filter((f) => f.source !== 'safety')
    .map((f) => ({ question: f.question, answer: f.answer }));
}

/** Every prompt's answer and follow-ups, in set order, in the shape the summary API takes. */
export function summaryAnswers(draft: Draft, promptIds: string[]): { promptId: string; answer: string; followUps: FollowUpExchange[] }[] {
  return promptIds.map((promptId) => ({ promptId, answer: answerOf(draft, promptId).answer, followUps: earlierExchanges(draft, promptId) }));
}

/** The check-ins in the shape the summary API takes (what the person wrote, nothing of the journal's ids). */
export function summaryCheckIns(draft: Draft): { text: string; state: CheckIn['state']; note: string }[] {
  return (draft.checkIns ?? []).map(({ text, state, note }) => ({ text, state, note }));
}

/** True when at least one prompt has an answer: a summary needs something to summarise. */
export function hasAnyAnswer(draft: Draft): boolean {
  return Object.values(draft.answers).some((a) => a.answer.trim().length > 0);
}

/**
 * A short fingerprint of everything a summary is written from (FNV-1a over the answers and follow-ups), kept
 * with the summary so the runner can tell the person when they have changed their answers since.
 */
export function answersDigest(draft: Draft, promptIds: string[]): string {
  // Check-ins count only when there are some, so a draft without them keeps the fingerprint it always had.
  const checkIns = summaryCheckIns(draft);
  const text = JSON.stringify(checkIns.length ? [summaryAnswers(draft, promptIds), checkIns] : summaryAnswers(draft, promptIds));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/** True when the answers changed after the summary was written (a summary without a fingerprint never is). */
export function summaryIsStale(draft: Draft, promptIds: string[]): boolean {
  const basedOn = draft.summary?.basedOn;
  return basedOn !== undefined && draft.summary?.source !== 'safety' && basedOn !== answersDigest(draft, promptIds);
}
