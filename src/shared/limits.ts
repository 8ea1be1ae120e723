// Limits shared by the browser and the server. Kept free of zod so islands can import them cheaply.

/** Longest answer accepted, per prompt or follow-up. The server answers more with a 413; the text boxes stop at it. */
export const ANSWER_MAX_CHARS = 4_000;
/** Largest request body the AI endpoints read. */
export const AI_REQUEST_MAX_BYTES = 64 * 1024;
/** Most check-ins on earlier commitments one reflection keeps and one summary request carries. */
export const MAX_CHECK_INS = 20;
/** Most follow-up questions the guide asks for one prompt. */
export const MAX_FOLLOW_UPS_PER_PROMPT = 3;
/**
 * Marks a reply that stopped partway, after some text was already sent; the client removes it and tells the
 * person the reply is incomplete. The server now reads a model's reply whole before answering (a broken
 * reply gets the built-in guide instead), so it no longer sends this; the client keeps handling it for
 * anything that streams in parts.
 */
export const STREAM_INTERRUPTED_MARKER = '\n\u241e interrupted';
