// How much a reflection's parts may hold, shared by the text boxes, the browser's own checks and the server's
// schemas (which answer more with a 413, never a truncation). Zod-free, so islands import them cheaply.

/** Longest answer accepted, per prompt or follow-up (and a check-in's note). The text boxes stop at it. */
export const ANSWER_MAX_CHARS = 4_000;
/** Longest follow-up question the API takes back in `earlier` or `followUps`. */
export const FOLLOW_UP_QUESTION_MAX_CHARS = 600;
/** Most follow-up questions the guide asks for one prompt. */
export const MAX_FOLLOW_UPS_PER_PROMPT = 3;
/** Most check-ins on earlier commitments one reflection keeps and one summary request carries. */
export const MAX_CHECK_INS = 20;
/** Largest request body the AI endpoints read. */
export const AI_REQUEST_MAX_BYTES = 64 * 1024;

/** Largest stored entry body. */
export const ENTRY_MAX_BYTES = 256 * 1024;
/** Shares hold one summary and a note; far smaller than an entry. */
export const SHARE_MAX_BYTES = 64 * 1024;
/** A reply holds at most REPLY_MAX_CHARS of text; its request body is capped well below a share's. */
export const REPLY_MAX_BYTES = 16 * 1024;
/** The most characters a reply holds (after trimming); 4,000 characters of any script fit in REPLY_MAX_BYTES. */
export const REPLY_MAX_CHARS = 4_000;
/** Replies a share holds at once; the next one is a 409 until the owner deletes one (or the share goes). */
export const MAX_REPLIES_PER_SHARE = 20;
