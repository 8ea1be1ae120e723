// AES-256-GCM in the browser (WebCrypto; Node has the same API for tests). Each encryption uses a fresh
// 96-bit IV. Keys travel only as base64url text: in the journal's recovery code, or after a share link's #.
import type { EncryptedPayload } from '../shared/schemas/vault';

const ALGORITHM = { name: 'AES-GCM', length: 256 } as const;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A new random 256-bit key, as base64url text. */
export async function newKey(): Promise<string> {
  const key = await crypto.subtle.generateKey(ALGORITHM, true, ['encrypt', 'decrypt']);
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

async function importKey(keyText: string): Promise<CryptoKey> {
  const raw = fromBase64Url(keyText);
  if (raw.length !== 32) throw new Error('a key must be 32 bytes');
  return crypto.subtle.importKey('raw', raw, ALGORITHM, false, ['encrypt', 'decrypt']);
}

/** Encrypts any JSON value. */
export async function encryptJson(keyText: string, value: unknown): Promise<EncryptedPayload> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await importKey(keyText), plaintext);
  return { v: 1, iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(ciphertext)) };
}

/** Decrypts and parses; throws on a wrong key or any tampering (GCM authenticates the ciphertext). */
export async function decryptJson(keyText: string, payload: EncryptedPayload): Promise<unknown> {
  const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(payload.iv) }, await importKey(keyText), fromBase64Url(payload.ciphertext));
  return JSON.parse(new TextDecoder().decode(plaintext)) as unknown;
}
