// AES-256-GCM in the browser (WebCrypto; Node has the same API for tests). Each encryption uses a fresh 96-bit IV.
// Format 2 binds a ciphertext to what it is through GCM's associated data, so a server that swaps two blobs or
// replays an old one makes decryption fail; format 1 (no associated data) is only read, never written by the journal.
// Keys travel only as base64url text: in the journal's recovery code, or after a share link's #.
// What it makes and opens, and the associated data that binds it, is the model's (src/shared/model/sealed-payload.ts).
import type { SealedPayload } from '../shared/model/sealed-payload';

/** Decryption failed: wrong key, damaged text, or a ciphertext that belongs to another entry or revision. */
export class DecryptError extends Error {
  constructor() {
    super('This text could not be decrypted: it was changed, or it belongs somewhere else.');
    this.name = 'DecryptError';
  }
}

const ALGORITHM = { name: 'AES-GCM', length: 256 } as const;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `bytes` random bytes as base64url: 16 → a 22-character id, 32 → a 43-character token or key. */
export const randomBase64Url = (bytes: number) => toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));

/** A new random 256-bit key, as base64url text. */
export async function newKey(): Promise<string> {
  return randomBase64Url(32);
}

async function importKey(keyText: string): Promise<CryptoKey> {
  const raw = fromBase64Url(keyText);
  if (raw.length !== 32) throw new Error('a key must be 32 bytes');
  return crypto.subtle.importKey('raw', raw, ALGORITHM, false, ['encrypt', 'decrypt']);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Encrypts any JSON value. With associated data the result is format 2 and only decrypts with the same associated
 * data; without it, format 1 (kept for tests and benchmarks of the old format; the journal always passes one).
 */
export async function encryptJson(keyText: string, value: unknown): Promise<SealedPayload & { v: 1 }>;
export async function encryptJson(
  keyText: string,
  value: unknown,
  associatedData: string,
): Promise<SealedPayload & { v: 2 }>;
export async function encryptJson(keyText: string, value: unknown, associatedData?: string): Promise<SealedPayload> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const params: AesGcmParams =
    associatedData === undefined
      ? { name: 'AES-GCM', iv }
      : { name: 'AES-GCM', iv, additionalData: utf8(associatedData) };
  const ciphertext = await crypto.subtle.encrypt(params, await importKey(keyText), utf8(JSON.stringify(value)));
  return {
    v: associatedData === undefined ? 1 : 2,
    iv: toBase64Url(iv),
    ciphertext: toBase64Url(new Uint8Array(ciphertext)),
  };
}

/**
 * Decrypts and parses. Format 2 needs the associated data it was made with; format 1 ignores it (old entries
 * still open). Any failure, including a wrong key or malformed text, is a DecryptError, never a raw OperationError.
 */
export async function decryptJson(keyText: string, payload: SealedPayload, associatedData?: string): Promise<unknown> {
  try {
    const iv = fromBase64Url(payload.iv);
    const params: AesGcmParams =
      payload.v === 2 ? { name: 'AES-GCM', iv, additionalData: utf8(associatedData ?? '') } : { name: 'AES-GCM', iv };
    const plaintext = await crypto.subtle.decrypt(params, await importKey(keyText), fromBase64Url(payload.ciphertext));
    return JSON.parse(new TextDecoder().decode(plaintext)) as unknown;
  } catch {
    throw new DecryptError();
  }
}

/** PBKDF2 iterations for a new passphrase-wrapped recovery code (OWASP's figure for PBKDF2-HMAC-SHA-256). */
export const PASSPHRASE_ITERATIONS = 600_000;

/** PBKDF2-HMAC-SHA-256 of a passphrase (UTF-8), `bits` long: the key that wraps a recovery code. */
export async function pbkdf2Bits(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  bits = 256,
): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, bits),
  );
}

/** Encrypts text under a passphrase: PBKDF2 (fresh 128-bit salt) → AES-256-GCM with `associatedData`. */
export async function wrapWithPassphrase(
  text: string,
  passphrase: string,
  associatedData: string,
  iterations = PASSPHRASE_ITERATIONS,
) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const keyText = toBase64Url(await pbkdf2Bits(passphrase, salt, iterations));
  return { salt: toBase64Url(salt), iterations, sealed: await encryptJson(keyText, text, associatedData) };
}

/** Reverses wrapWithPassphrase; a wrong passphrase or a damaged code is a DecryptError. */
export async function unwrapWithPassphrase(
  wrapped: { salt: string; iterations: number; sealed: SealedPayload },
  passphrase: string,
  associatedData: string,
): Promise<unknown> {
  let keyText: string;
  try {
    keyText = toBase64Url(await pbkdf2Bits(passphrase, fromBase64Url(wrapped.salt), wrapped.iterations));
  } catch {
    throw new DecryptError();
  }
  return decryptJson(keyText, wrapped.sealed, associatedData);
}
