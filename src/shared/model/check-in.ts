// A check-in: what a later reflection ("Prepare for your next meeting") heard happened to an earlier commitment,
// kept in its draft and saved entry, and what of it a summary request carries.
import { isCommitmentState, type CommitmentState } from './commitment-state';
import { hasFields, isString } from './plain';

/** A commitment as it stood when a later reflection ("Prepare for your next meeting") asked what happened. */
export interface CheckIn {
  commitmentId: string;
  text: string;
  state: CommitmentState;
  note: string;
}

/** A check-in as a summary request carries it: what the person wrote, nothing of the journal's ids. */
export type SummaryCheckIn = Pick<CheckIn, 'text' | 'state' | 'note'>;

/**
 * One check-in, in a draft or a saved entry. It names its commitment (never an empty id: every check-in is made
 * from a commitment, whose id is 16 characters). How long its note may be is the runner's rule, not the shape's
 * (see isKeptCheckIn in draft.ts): a note copied from a long commitment note is kept in a saved entry.
 */
export const isCheckIn = (v: unknown): v is CheckIn =>
  hasFields(v, {
    commitmentId: (id) => isString(id) && id.length > 0,
    text: isString,
    state: isCommitmentState,
    note: isString,
  });
