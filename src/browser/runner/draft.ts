// The runner's draft as plain data: restoring a stored copy (checked by the model's guard), pure questions about it
// (is there anything to keep, may it go deeper), and what is sent to the guide with the digest that tells a summary
// it may be out of date. No Solid in here, so tests need no browser; the island keeps the draft in a Solid store.
import { isDraft, isKeptCheckIn, type Draft } from '../../shared/model/draft';
import type { FollowUpExchange, PromptAnswer, SummaryAnswer } from '../../shared/model/answer';
import type { SummaryCheckIn } from '../../shared/model/check-in';
import { MAX_CHECK_INS, MAX_FOLLOW_UPS_PER_PROMPT } from '../../shared/model/limits';

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
  const checkIns = Array.isArray(stored) ? stored.filter(isKeptCheckIn).slice(0, MAX_CHECK_INS) : [];
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

/** Whether "Go deeper" may ask for another follow-up on this prompt. */
export function canGoDeeper(draft: Draft, promptId: string): boolean {
  const { answer, followUps } = answerOf(draft, promptId);
  const last = followUps.at(-1);
  const lastSettled = !last || last.skipped || last.answer.trim().length > 0 || last.source === 'safety';
  return (
    answer.trim().length > 0 &&
    followUps.length < MAX_FOLLOW_UPS_PER_PROMPT &&
    lastSettled &&
    !followUps.some((f) => f.source === 'safety')
  );
}

/** True when at least one prompt has an answer: a summary needs something to summarise. */
export function hasAnyAnswer(draft: Draft): boolean {
  return Object.values(draft.answers).some((a) => a.answer.trim().length > 0);
}

/** The earlier follow-ups of a prompt in the shape the API takes. */
export function earlierExchanges(draft: Draft, promptId: string): FollowUpExchange[] {
  return answerOf(draft, promptId)
    .followUps.filter((f) => f.source !== 'safety')
    .map((f) => ({ question: f.question, answer: f.answer }));
}

/** Every prompt's answer and follow-ups, in set order, in the shape the summary API takes. */
export function summaryAnswers(draft: Draft, promptIds: string[]): SummaryAnswer[] {
  return promptIds.map((promptId) => ({
    promptId,
    answer: answerOf(draft, promptId).answer,
    followUps: earlierExchanges(draft, promptId),
  }));
}

/** The check-ins in the shape the summary API takes (what the person wrote, nothing of the journal's ids). */
export function summaryCheckIns(draft: Draft): SummaryCheckIn[] {
  return (draft.checkIns ?? []).map(({ text, state, note }) => ({ text, state, note }));
}

/**
 * A short fingerprint of everything a summary is written from (FNV-1a over the answers and follow-ups), kept
 * with the summary so the runner can tell the person when they have changed their answers since.
 */
export function answersDigest(draft: Draft, promptIds: string[]): string {
  // Check-ins count only when there are some, so a draft without them keeps the fingerprint it always had.
  const checkIns = summaryCheckIns(draft);
  const text = JSON.stringify(
    checkIns.length ? [summaryAnswers(draft, promptIds), checkIns] : summaryAnswers(draft, promptIds),
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/** True when the answers changed after the summary was written (a summary without a fingerprint never is). */
export function summaryIsStale(draft: Draft, promptIds: string[]): boolean {
  const basedOn = draft.summary?.basedOn;
  return basedOn !== undefined && draft.summary?.source !== 'safety' && basedOn !== answersDigest(draft, promptIds);
}
