// A sealed payload: AES-256-GCM output as the server stores and returns it, and the associated-data strings that
// bind a ciphertext to what it is. These strings are part of every stored ciphertext: changing one makes every
// entry, share or reply sealed with it impossible to open.
import { isObject, isString } from './plain';

/** `v: 1` is the first format (no associated data); `v: 2` binds the ciphertext to what it is. */
export const SEALED_FORMATS = [1, 2] as const;

export interface SealedPayload {
  v: (typeof SEALED_FORMATS)[number];
  /** The 96-bit IV, base64url. */
  iv: string;
  /** The ciphertext with GCM's 16-byte tag, base64url. */
  ciphertext: string;
}

export const BASE64URL_PATTERN = /^[A-Za-z0-9_-]+$/;
/** A 96-bit IV is 16 base64url characters. */
export const IV_CHARS = 16;
/** GCM adds a 16-byte tag, so no ciphertext is shorter than 22 characters; 24 leaves room for the least JSON. */
export const CIPHERTEXT_MIN_CHARS = 24;

/** The associated data of a journal entry at the revision the write creates (1 for a create, N+1 after "N"). */
export const entryAad = (id: string, revision: number) => `lodestar/v2/entry/${id}/${revision}`;
/** The associated data of a shared summary. */
export const shareAad = (id: string) => `lodestar/v2/share/${id}`;
/** The associated data of a reader's reply to a share: it opens only as a reply to that share. */
export const replyAad = (shareId: string) => `lodestar/v2/share/${shareId}/reply`;

const FIELDS = ['v', 'iv', 'ciphertext'];

/** The same rules as the server's EncryptedPayloadSchema: these three fields and nothing else. */
export function isSealedPayload(v: unknown): v is SealedPayload {
  return (
    isObject(v) &&
    Object.keys(v).every((key) => FIELDS.includes(key)) &&
    (v['v'] === 1 || v['v'] === 2) &&
    isString(v['iv']) &&
    v['iv'].length === IV_CHARS &&
    BASE64URL_PATTERN.test(v['iv']) &&
    isString(v['ciphertext']) &&
    v['ciphertext'].length >= CIPHERTEXT_MIN_CHARS &&
    BASE64URL_PATTERN.test(v['ciphertext'])
  );
}
