// The pure rules of commitments: which "Next steps" lines become commitments, what a re-save keeps, how two copies
// of one entry's commitments merge, and the journal-wide lists. No storage and no network, so sync.ts and the
// islands share them without a cycle (commitments.ts re-exports these beside the action that saves).
import type { Commitment } from '../../shared/model/commitment';
import { COMMITMENT_ID_BYTES } from '../../shared/model/ids';
import { EMPTY_SECTION_TEXT, parseSummary } from '../../shared/summary-format';
import { randomBase64Url } from '../vault-crypto';
import type { Journal } from './types';

/** The "Next steps" lines of a summary text, trimmed, bullets removed, empty (and the "none yet" sentence) dropped. */
export function nextStepLines(summaryText: string): string[] {
  const section = parseSummary(summaryText).find((s) => s.key === 'nextSteps');
  return (section?.blocks ?? [])
    .map((b) => b.text.trim())
    .filter((line) => line !== '' && line !== EMPTY_SECTION_TEXT.nextSteps);
}

/** Whether the person has touched it: closed it, reworded it, dated it or noted something. Such work is never dropped. */
export const isTouched = (c: Commitment) =>
  c.state !== 'open' || c.text !== c.source || c.due !== null || c.note !== '';

/**
 * Commitments for a (re-)saved entry: keeps an earlier commitment whose `source` line is still there (with its state,
 * text edits, due, note); new lines become open commitments; an earlier one whose line is gone is kept only if it is
 * not open or was edited (so work is never lost). Lines come first in their order, then the kept orphans.
 */
export function commitmentsFor(summaryText: string | null, earlier: Commitment[] | undefined, now: Date): Commitment[] {
  const left = [...(earlier ?? [])];
  const result: Commitment[] = [];
  for (const line of summaryText === null ? [] : nextStepLines(summaryText)) {
    const index = left.findIndex((c) => c.source === line);
    if (index >= 0) result.push(...left.splice(index, 1));
    else
      result.push({
        id: randomBase64Url(COMMITMENT_ID_BYTES),
        source: line,
        text: line,
        due: null,
        state: 'open',
        note: '',
        updatedAt: now.toISOString(),
      });
  }
  return [...result, ...left.filter(isTouched)];
}

/** The later of two versions of one commitment (ties broken by content, so every device picks the same one). */
function later(a: Commitment, b: Commitment): Commitment {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Two copies of one entry's commitments as one: every id of either, the later change of each; `ours` gives the order. */
export function mergeCommitments(
  ours: Commitment[] | undefined,
  theirs: Commitment[] | undefined,
): Commitment[] | undefined {
  if (!ours && !theirs) return undefined;
  const byId = new Map((theirs ?? []).map((c) => [c.id, c]));
  const merged = (ours ?? []).map((c) => {
    const other = byId.get(c.id);
    byId.delete(c.id);
    return other ? later(c, other) : c;
  });
  return [...merged, ...byId.values()];
}

/** A commitment with where it came from, for lists across the journal. */
export interface OpenCommitment {
  entryLocalId: string;
  setTitle: string;
  /** The day the reflection was first saved (YYYY-MM-DD, this device's calendar). */
  entryDate: string;
  commitment: Commitment;
  /** Open, with a "by when" before today. */
  overdue: boolean;
}

/** A day as YYYY-MM-DD on this device's calendar (what a date input shows and a due date holds). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every commitment with its entry, entries oldest first (by createdAt), commitments in the entry's order. */
function everyCommitment(journal: Journal, today: Date): OpenCommitment[] {
  const day = localDate(today);
  const entries = journal.entries.map((entry, index) => ({ entry, index }));
  entries.sort((a, b) =>
    a.entry.createdAt < b.entry.createdAt ? -1 : a.entry.createdAt > b.entry.createdAt ? 1 : a.index - b.index,
  );
  return entries.flatMap(({ entry }) => {
    const entryDate = localDate(new Date(entry.createdAt));
    return (entry.content.commitments ?? []).map((commitment) => ({
      entryLocalId: entry.localId,
      setTitle: entry.content.setTitle,
      entryDate,
      commitment,
      overdue: commitment.state === 'open' && commitment.due !== null && commitment.due < day,
    }));
  });
}

/** Every open commitment in the journal, oldest first (by the entry's createdAt, then order in the entry). */
export function openCommitments(journal: Journal, today: Date): OpenCommitment[] {
  return everyCommitment(journal, today).filter((c) => c.commitment.state === 'open');
}

/** All commitments (open first as above, then done/dropped newest first) for the journal page. */
export function allCommitments(journal: Journal, today: Date): OpenCommitment[] {
  const all = everyCommitment(journal, today);
  const closed = all.filter((c) => c.commitment.state !== 'open');
  closed.sort((a, b) =>
    a.commitment.updatedAt < b.commitment.updatedAt ? 1 : a.commitment.updatedAt > b.commitment.updatedAt ? -1 : 0,
  );
  return [...all.filter((c) => c.commitment.state === 'open'), ...closed];
}
