// The guard for one check-in as a stored draft holds it: a hand-written check (no zod in the browser), so a
// damaged check-in is dropped on restore while the rest of the draft is kept.
import { ANSWER_MAX_CHARS, MAX_CHECK_INS } from '../shared/limits';
import type { CheckIn } from './journal/types';

const STATES = ['open', 'done', 'dropped'];
export { MAX_CHECK_INS };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** One check-in as stored; notes over the answer limit are not ours to keep. */
export function isCheckIn(v: unknown): v is CheckIn {
  return (
    isObject(v) &&
    isString(v['commitmentId']) &&
    v['commitmentId'].length > 0 &&
    isString(v['text']) &&
    STATES.includes(v['state'] as string) &&
    isString(v['note']) &&
    v['note'].length <= ANSWER_MAX_CHARS
  );
}
