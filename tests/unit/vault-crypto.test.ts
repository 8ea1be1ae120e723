// WebCrypto helpers: AES-256-GCM bound to its associated data, the first format still read, PBKDF2 test vectors.
import { describe, expect, it } from 'vitest';
import {
  DecryptError,
  decryptJson,
  encryptJson,
  fromBase64Url,
  newKey,
  pbkdf2Bits,
  toBase64Url,
} from '../../src/browser/vault-crypto';
import { entryAad, shareAad } from '../../src/shared/model/sealed-payload';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('vault crypto', () => {
  it('round-trips JSON, including unicode, bound to its associated data (format 2)', async () => {
    const key = await newKey();
    const value = { text: 'מה שלמדתי 🚀 — “quoted”', n: [1, 2, 3] };
    const sealed = await encryptJson(key, value, entryAad('A'.repeat(22), 1));
    expect(sealed.v).toBe(2);
    expect(await decryptJson(key, sealed, entryAad('A'.repeat(22), 1))).toEqual(value);
  });

  it('refuses a ciphertext under another entry’s id, another revision, or as a share', async () => {
    const key = await newKey();
    const sealed = await encryptJson(key, 'mine', entryAad('A'.repeat(22), 2));
    for (const aad of [entryAad('B'.repeat(22), 2), entryAad('A'.repeat(22), 3), shareAad('A'.repeat(22)), undefined]) {
      await expect(decryptJson(key, sealed, aad)).rejects.toBeInstanceOf(DecryptError);
    }
  });

  it('still opens format 1 (no associated data), whatever associated data the reader expects', async () => {
    const key = await newKey();
    const legacy = await encryptJson(key, { old: true });
    expect(legacy.v).toBe(1);
    expect(await decryptJson(key, legacy, entryAad('A'.repeat(22), 5))).toEqual({ old: true });
  });

  it('uses a 256-bit key and a fresh 96-bit IV every time', async () => {
    const key = await newKey();
    expect(fromBase64Url(key)).toHaveLength(32);
    const a = await encryptJson(key, 'same', 'x');
    const b = await encryptJson(key, 'same', 'x');
    expect(fromBase64Url(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('turns a wrong key, tampered text or malformed base64 into a DecryptError, never an OperationError', async () => {
    const key = await newKey();
    const sealed = await encryptJson(key, 'secret', 'x');
    const bytes = fromBase64Url(sealed.ciphertext);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(decryptJson(await newKey(), sealed, 'x')).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptJson(key, { ...sealed, ciphertext: toBase64Url(bytes) }, 'x')).rejects.toBeInstanceOf(
      DecryptError,
    );
    await expect(decryptJson(key, { ...sealed, iv: '***' }, 'x')).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptJson('short', sealed, 'x')).rejects.toBeInstanceOf(DecryptError);
  });

  it('rejects text that is not base64url', () => {
    expect(() => fromBase64Url('a+b/c=')).toThrow('not base64url');
  });
});

describe('PBKDF2-HMAC-SHA-256 (RFC 7914, section 11 test vectors)', () => {
  it('P="passwd", S="salt", c=1, dkLen=64', async () => {
    expect(hex(await pbkdf2Bits('passwd', utf8('salt'), 1, 512))).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('P="Password", S="NaCl", c=80000, dkLen=64', async () => {
    expect(hex(await pbkdf2Bits('Password', utf8('NaCl'), 80_000, 512))).toBe(
      '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
    );
  });
});
