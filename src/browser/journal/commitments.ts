// Commitments: the "Next steps" a person took on, kept inside the entry they came from (so they sync, export and
// recover with it). The rules live in commitment-rules.ts; this adds the one action, changing a commitment, which
// saves its entry like any edit.
import type { Commitment } from '../../shared/model/commitment';
import type { JournalEnv } from './env';
import { loadJournal } from './store';
import { saveEntry, type SaveResult } from './sync';

export {
  allCommitments,
  commitmentsFor,
  localDate,
  mergeCommitments,
  nextStepLines,
  openCommitments,
  type OpenCommitment,
} from './commitment-rules';

/** What can be changed about a commitment. */
export type CommitmentChange = Partial<Pick<Commitment, 'state' | 'note' | 'text' | 'due'>>;

/** Said when the reflection a commitment belongs to is no longer in this journal (deleted in another tab). */
export class CommitmentGoneError extends Error {
  constructor() {
    super(
      'That commitment’s reflection is no longer in your journal, perhaps deleted in another tab, so nothing was changed.',
    );
    this.name = 'CommitmentGoneError';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A change's time, always after the version it changes: a merge keeps the later `updatedAt`, and a change made in
 * the same millisecond as the save before it (or after the clock stepped back) would otherwise tie with, or lose
 * to, the version it replaces.
 */
function advancedClock(previous: string, now: Date): string {
  const after = Date.parse(previous) + 1;
  // A stored time that is not a date, or at the end of what a Date holds, cannot be passed: now it is.
  return new Date(
    Number.isNaN(after) || after > LAST_DATE ? now.getTime() : Math.max(now.getTime(), after),
  ).toISOString();
}

/** The latest time a JavaScript Date can hold (ECMAScript: 8.64e15 ms after 1970). */
const LAST_DATE = 8.64e15;

/**
 * Changes one commitment (state, note, text, due) and saves its entry like any edit (saveEntry path: on this device at
 * once, then synced; offline → pending). Returns the SaveResult. Blank text keeps the old text; a malformed date is
 * refused (the date input never gives one).
 */
export function updateCommitment(
  env: JournalEnv,
  entryLocalId: string,
  commitmentId: string,
  change: CommitmentChange,
): Promise<SaveResult> {
  // Read and handed to saveEntry in one synchronous step, so no other save can slip in between.
  const entry = loadJournal(env.storage).entries.find((e) => e.localId === entryLocalId);
  const commitment = entry?.content.commitments?.find((c) => c.id === commitmentId);
  if (!entry || !commitment) return Promise.reject(new CommitmentGoneError());
  if (change.due !== undefined && change.due !== null && !DATE.test(change.due))
    return Promise.reject(new RangeError('A date must be written as YYYY-MM-DD.'));
  const text = change.text?.trim();
  const changed: Commitment = {
    ...commitment,
    ...(change.state !== undefined && { state: change.state }),
    ...(change.note !== undefined && { note: change.note.trim() }),
    ...(text && { text }),
    ...(change.due !== undefined && { due: change.due }),
    updatedAt: advancedClock(commitment.updatedAt, new Date()),
  };
  const commitments = (entry.content.commitments ?? []).map((c) => (c.id === commitmentId ? changed : c));
  return saveEntry(env, { ...entry.content, commitments }, entryLocalId);
}
