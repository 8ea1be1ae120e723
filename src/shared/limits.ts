// Moved: the limits are declared in src/shared/model/limits.ts, the stream marker in coach.ts. Kept for the
// browser code that still imports it until it moves onto the model.
export { AI_REQUEST_MAX_BYTES, ANSWER_MAX_CHARS, MAX_CHECK_INS, MAX_FOLLOW_UPS_PER_PROMPT } from './model/limits';
export { STREAM_INTERRUPTED_MARKER } from './coach';
