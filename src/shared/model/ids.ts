// The random ids a reflection's data is named by, all base64url and all chosen in the browser: a server id (entries,
// shares, replies), an owner token, a share link's key, a commitment's id. One pattern each, used by every guard,
// zod schema and handler that checks one.

const base64url = (length: number) => new RegExp(`^[A-Za-z0-9_-]{${length}}$`);

/** Server ids: 128 random bits, 22 base64url characters; anything else cannot exist. */
export const ID_PATTERN = base64url(22);
/** Owner tokens: 256 random bits, 43 base64url characters; the server keeps only their hash. */
export const OWNER_TOKEN_PATTERN = base64url(43);
/** A share link's key (after the #): 256 random bits, 43 base64url characters. */
export const LINK_KEY_PATTERN = base64url(43);
/** Commitment ids: 96 random bits, 16 base64url characters; stable across devices (check-ins name them). */
export const COMMITMENT_ID_PATTERN = base64url(16);

/** Random bytes behind each id: `randomBase64Url(ID_BYTES)` makes one. */
export const ID_BYTES = 16;
export const OWNER_TOKEN_BYTES = 32;
export const LINK_KEY_BYTES = 32;
export const COMMITMENT_ID_BYTES = 12;

export const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
export const isOwnerToken = (v: unknown): v is string => typeof v === 'string' && OWNER_TOKEN_PATTERN.test(v);
export const isCommitmentId = (v: unknown): v is string => typeof v === 'string' && COMMITMENT_ID_PATTERN.test(v);
