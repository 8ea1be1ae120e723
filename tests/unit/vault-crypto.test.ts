import { describe, expect, it } from 'vitest';
import { decryptJson, encryptJson, fromBase64Url, newKey, toBase64Url } from '../../src/browser/vault-crypto';

describe('vault crypto', () => {
  it('round-trips JSON, including unicode', async () => {
    const key = await newKey();
    const value = { text: 'מה שלמדתי 🚀 — “quoted”', n: [1, 2, 3] };
    expect(await decryptJson(key, await encryptJson(key, value))).toEqual(value);
  });

  it('uses a 256-bit key and a fresh 96-bit IV every time', async () => {
    const key = await newKey();
    expect(fromBase64Url(key)).toHaveLength(32);
    const a = await encryptJson(key, 'same');
    const b = await encryptJson(key, 'same');
    expect(fromBase64Url(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('refuses a wrong key', async () => {
    const payload = await encryptJson(await newKey(), 'secret');
    await expect(decryptJson(await newKey(), payload)).rejects.toThrow();
  });

  it('refuses tampered ciphertext', async () => {
    const key = await newKey();
    const payload = await encryptJson(key, 'secret');
    const bytes = fromBase64Url(payload.ciphertext);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(decryptJson(key, { ...payload, ciphertext: toBase64Url(bytes) })).rejects.toThrow();
  });

  it('rejects text that is not base64url', () => {
    expect(() => fromBase64Url('a+b/c=')).toThrow('not base64url');
  });
});
