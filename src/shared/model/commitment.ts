// A commitment (a "Next steps" line the person took on, kept in the entry it came from) and a check-in (what a later
// reflection heard happened to it), with the three states both share.
import { isCommitmentId } from './ids';
import { hasFields, isOneOf, isString, nullable } from './plain';

export const COMMITMENT_STATES = ['open', 'done', 'dropped'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
export const isCommitmentState = isOneOf(COMMITMENT_STATES);

/** One next step the person took on: it lives in the entry it came from, so it syncs, exports and recovers with it. */
export interface Commitment {
  /** 16 base64url characters, chosen in the browser; stable across devices (check-ins name it). */
  id: string;
  /** The "Next steps" line it came from: a re-saved summary keeps the commitment whose line is still there. */
  source: string;
  /** What the person committed to, as they last wrote it (starts as `source`). */
  text: string;
  /** Optional "by when", a calendar date (YYYY-MM-DD). */
  due: string | null;
  state: CommitmentState;
  /** What happened (optional). */
  note: string;
  /** When the person last changed it: of two devices' changes to one commitment, the later one is kept. */
  updatedAt: string;
}

/** A commitment as it stood when a later reflection ("Prepare for your next meeting") asked what happened. */
export interface CheckIn {
  commitmentId: string;
  text: string;
  state: CommitmentState;
  note: string;
}

/** A check-in as a summary request carries it: what the person wrote, nothing of the journal's ids. */
export type SummaryCheckIn = Pick<CheckIn, 'text' | 'state' | 'note'>;

const isDay = (v: unknown) => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);

export const isCommitment = (v: unknown): v is Commitment =>
  hasFields(v, { id: isCommitmentId, source: isString, text: isString, due: nullable(isDay), state: isCommitmentState, note: isString, updatedAt: isString });

/**
 * One check-in, in a draft or a saved entry. It names its commitment (never an empty id: every check-in is made
 * from a commitment, whose id is 16 characters). How long its note may be is the runner's rule, not the shape's
 * (see isKeptCheckIn in draft.ts): a note copied from a long commitment note is kept in a saved entry.
 */
export const isCheckIn = (v: unknown): v is CheckIn =>
  hasFields(v, { commitmentId: (id) => isString(id) && id.length > 0, text: isString, state: isCommitmentState, note: isString });
