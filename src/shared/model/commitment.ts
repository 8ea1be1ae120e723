// A commitment: a "Next steps" line the person took on, kept in the entry it came from. Its states are
// commitment-state.ts; what a later reflection heard happened to it is check-in.ts.
import { isCommitmentId } from './ids';
import { isCommitmentState, type CommitmentState } from './commitment-state';
import { hasFields, isString, nullable } from './plain';

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

const isDay = (v: unknown) => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);

export const isCommitment = (v: unknown): v is Commitment =>
  hasFields(v, {
    id: isCommitmentId,
    source: isString,
    text: isString,
    due: nullable(isDay),
    state: isCommitmentState,
    note: isString,
    updatedAt: isString,
  });
