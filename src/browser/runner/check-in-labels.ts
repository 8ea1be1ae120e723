// The check-in's three choices as people read them: the check-in step and the review both name them this way.
import type { CommitmentState } from '../../shared/model/commitment-state';

export const CHECK_IN_LABEL: Record<CommitmentState, string> = { done: 'Done', open: 'Still open', dropped: 'Dropped' };
