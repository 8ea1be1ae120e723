// The three states a commitment and a check-in share. A module of its own so the runner, which needs only the
// check-in, loads nothing of the journal's commitments.
import { isOneOf } from './plain';

export const COMMITMENT_STATES = ['open', 'done', 'dropped'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
export const isCommitmentState = isOneOf(COMMITMENT_STATES);
