// Recovery codes: what they hold, the passphrase wrapping (with a pinned vector), and sentences for codes that fail.
import { describe, expect, it } from 'vitest';
import {
  RecoveryCodeError,
  protectedRecoveryCode,
  readRecoveryCode,
  recoveryCode,
} from '../../src/browser/journal/recovery';
import { emptyJournal } from '../../src/browser/journal/store';
import type { Journal, JournalEntry } from '../../src/browser/journal/types';
import { newKey } from '../../src/browser/vault-crypto';

const ID = 'A'.repeat(22);
const TOKEN = 'B'.repeat(43);

async function journalWithOneOfEach(): Promise<Journal> {
  const journal = emptyJournal();
  journal.key = await newKey();
  journal.entries.push({ localId: ID, id: ID, token: TOKEN, revision: null, sync: 'pending' } as JournalEntry);
  journal.shares.push({
    id: 'C'.repeat(22),
    token: 'D'.repeat(43),
    link: 'http://x/s/#C.k',
    expiresAt: '2026-12-01T00:00:00.000Z',
    createdAt: '',
    entryLocalId: ID,
    setTitle: 'After the meeting',
  });
  return journal;
}

/** Made once by protectedRecoveryCode at 600,000 iterations with the passphrase below; it must keep opening. */
const VECTOR = {
  passphrase: 'correct horse battery staple',
  code: 'LODESTAR-1P.600000.elwfcEUVW0ZtCWFZMOLjJg.YHBR6VxZFivKnC66.noQioIM2c5WuO-_0pSq1OMdqUXBOmVZIWXkLLsUD117UQgY9ZbVdP4Bc1nhCUMjOAu2BRUTtPg0Rwj6SNRR_bQDoUXtdYgKyaWpFyQt1A1_N6CNi12RUIIAUNjasep5_jzJjYvYNYxbVnwjZDw4ULSFLSjqQ0jwbrV19S2Y1gf0t4BmgL0BipuQOc1OZvm_UZ6iBEjYHhU5NQBl0YXFV0f1SPg1AN0cJ9kMt2gjxyKCwsJS8PiUNkVTocWe__-ihZJB6sAePpRAVEQgZWw7V-MkZ8bs',
  key: 'q0ULRN1ahZC6wyvFfQbXcyV9e3wIVBdyBGAZOa7l2p0',
};

describe('recovery codes', () => {
  it('hold the key, every entry’s id and token (uploaded or not) and every shared link', async () => {
    const journal = await journalWithOneOfEach();
    const data = await readRecoveryCode(`  ${recoveryCode(journal)}\n`);
    expect(data).toEqual({
      k: journal.key,
      e: [[ID, TOKEN]],
      s: [['C'.repeat(22), 'D'.repeat(43), '2026-12-01T00:00:00.000Z', 'http://x/s/#C.k', 'After the meeting']],
    });
  });

  it('read a code broken over lines, as an email client may wrap it', async () => {
    const code = recoveryCode(await journalWithOneOfEach());
    expect((await readRecoveryCode(`${code.slice(0, 30)}\n${code.slice(30)}`)).e).toEqual([[ID, TOKEN]]);
  });

  it('round-trip under a passphrase, and the code does not show the key', async () => {
    const journal = await journalWithOneOfEach();
    const code = await protectedRecoveryCode(journal, 'mentor 2026 ünïcode', 1_000);
    expect(code).toMatch(/^LODESTAR-1P\.1000\./);
    expect(code).not.toContain(journal.key);
    expect((await readRecoveryCode(code, 'mentor 2026 ünïcode')).k).toBe(journal.key);
  });

  it('open the pinned test vector (PBKDF2-SHA-256, 600,000 iterations, AES-256-GCM)', async () => {
    const data = await readRecoveryCode(VECTOR.code, VECTOR.passphrase);
    expect(data).toEqual({ k: VECTOR.key, e: [['A'.repeat(22), 'B'.repeat(43)]], s: [] });
  });
});

describe('reading a recovery code that cannot be read', () => {
  it.each([
    '',
    'hello',
    'LODESTAR-1.',
    'LODESTAR-1.not*base64',
    'LODESTAR-1.eyJrIjoic2hvcnQiLCJlIjpbXSwicyI6W119',
    'LODESTAR-1P.abc',
    'LODESTAR-1P.99999999999.a.b.c',
  ])('says "%s" is not a whole code, in a sentence', async (code) => {
    const error = await readRecoveryCode(code, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecoveryCodeError);
    expect((error as Error).message).toBe(
      'That is not a whole Lodestar recovery code. Copy all of it, starting with LODESTAR-1, and paste it again.',
    );
  });

  it('asks for the passphrase when a protected code comes without one', async () => {
    await expect(readRecoveryCode(VECTOR.code)).rejects.toThrow(
      'This recovery code is protected by a passphrase. Type the passphrase you chose when you made it.',
    );
  });

  it('says a wrong passphrase does not open it, never an OperationError', async () => {
    const code = await protectedRecoveryCode(await journalWithOneOfEach(), 'right', 1_000);
    const error = await readRecoveryCode(code, 'wrong').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecoveryCodeError);
    expect((error as Error).message).toMatch(/^That passphrase does not open this recovery code\./);
  });

  it('says a protected code cut short is not openable, in a sentence', async () => {
    const code = await protectedRecoveryCode(await journalWithOneOfEach(), 'right', 1_000);
    await expect(readRecoveryCode(code.slice(0, -10), 'right')).rejects.toBeInstanceOf(RecoveryCodeError);
  });
});
