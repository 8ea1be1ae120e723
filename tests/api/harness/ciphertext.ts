// Real AES-256-GCM payloads for the API tests, made with WebCrypto as the browser makes them (v 2 with the
// associated data the contract names, v 1 without). Kept apart from src/browser so the server's tests pin
// the wire contract, not one client's code.
import type { EncryptedPayload } from '../../../src/shared/schemas/vault';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));

export function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The associated data of an entry revision or a share, as the contract spells it. */
export const entryAad = (id: string, revision: number) => `lodestar/v2/entry/${id}/${revision}`;
export const shareAad = (id: string) => `lodestar/v2/share/${id}`;

/** Encrypts a JSON value; with `aad` the payload is v 2 and bound to it, without it v 1. */
export async function seal(key: CryptoKey, value: unknown, aad?: string): Promise<EncryptedPayload> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const params: AesGcmParams =
    aad === undefined
      ? { name: 'AES-GCM', iv }
      : { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) };
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(params, key, new TextEncoder().encode(JSON.stringify(value))),
  );
  return { v: aad === undefined ? 1 : 2, iv: b64url(iv), ciphertext: b64url(ciphertext) };
}

/** Decrypts what the server returned; throws if the ciphertext, the IV or the associated data differ. */
export async function open(key: CryptoKey, payload: EncryptedPayload, aad?: string): Promise<unknown> {
  const iv = bytesOf(payload.iv);
  const params: AesGcmParams =
    aad === undefined
      ? { name: 'AES-GCM', iv }
      : { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) };
  return JSON.parse(
    new TextDecoder().decode(await crypto.subtle.decrypt(params, key, bytesOf(payload.ciphertext))),
  ) as unknown;
}

/** A payload of the right shape that nobody can decrypt: for tests about the HTTP contract only. */
export function opaquePayload(v: 1 | 2 = 2): EncryptedPayload {
  return {
    v,
    iv: b64url(crypto.getRandomValues(new Uint8Array(12))),
    ciphertext: b64url(crypto.getRandomValues(new Uint8Array(48))),
  };
}
