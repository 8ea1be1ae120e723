// The check-in's three choices as people read them: the check-in step and the review both name them this way.
import type { CheckIn } from './journal/types';

export const CHECK_IN_LABEL: Record<CheckIn['state'], string> = { done: 'Done', open: 'Still open', dropped: 'Dropped' };
