// The recovery code: everything another browser needs to open this journal — the key, every entry's id and owner
// token, every shared link (key included) — as one line, optionally wrapped under a passphrase (PBKDF2 + AES-GCM).
import { ID_PATTERN, OWNER_TOKEN_PATTERN } from '../../shared/model/ids';
import { JOURNAL_LOCK } from '../storage-keys';
import * as api from '../vault-api';
import { fromBase64Url, toBase64Url, unwrapWithPassphrase, wrapWithPassphrase } from '../vault-crypto';
import type { JournalEnv } from './env';
import { loadJournal, updateJournal } from './store';
import type { Journal, JournalEntry } from './types';
import { openServerCopy } from './upload';

const PLAIN = 'LODESTAR-1.';
const WRAPPED = 'LODESTAR-1P.';
const WRAP_AAD = 'lodestar/v2/recovery';
const MAX_ITERATIONS = 10_000_000;

/** What a code holds: the key, [id, token] per entry, [id, token, expiresAt, link, title] per shared link. */
export interface RecoveryData {
  k: string;
  e: [string, string][];
  s: [string, string, string, string, string][];
}

/** A code that cannot be read, or a passphrase that does not open it; the message is a sentence for the person. */
export class RecoveryCodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecoveryCodeError';
  }
}

const NOT_A_CODE =
  'That is not a whole Lodestar recovery code. Copy all of it, starting with LODESTAR-1, and paste it again.';
const NEEDS_PASSPHRASE =
  'This recovery code is protected by a passphrase. Type the passphrase you chose when you made it.';
const WRONG_PASSPHRASE =
  'That passphrase does not open this recovery code. Check it (capital letters and spaces count) and try again.';

/** The journal as a plain code (no passphrase): anyone holding it can read the journal. */
export function recoveryCode(journal: Journal): string {
  const data: RecoveryData = {
    k: journal.key ?? '',
    e: journal.entries.map((e) => [e.id, e.token]),
    s: journal.shares.map((s) => [s.id, s.token, s.expiresAt, s.link, s.setTitle]),
  };
  return PLAIN + toBase64Url(new TextEncoder().encode(JSON.stringify(data)));
}

/** The journal's code wrapped under a passphrase: "LODESTAR-1P.<iterations>.<salt>.<iv>.<ciphertext>". */
export async function protectedRecoveryCode(
  journal: Journal,
  passphrase: string,
  iterations?: number,
): Promise<string> {
  const {
    salt,
    iterations: count,
    sealed,
  } = await wrapWithPassphrase(recoveryCode(journal), passphrase, WRAP_AAD, iterations);
  return `${WRAPPED}${count}.${salt}.${sealed.iv}.${sealed.ciphertext}`;
}

const isPair = (v: unknown) =>
  Array.isArray(v) && v.length === 2 && ID_PATTERN.test(String(v[0])) && OWNER_TOKEN_PATTERN.test(String(v[1]));
const isShareRow = (v: unknown) =>
  Array.isArray(v) && v.length === 5 && isPair(v.slice(0, 2)) && v.every((x) => typeof x === 'string');

function readPlain(code: string): RecoveryData {
  try {
    const data = JSON.parse(new TextDecoder().decode(fromBase64Url(code.slice(PLAIN.length)))) as Partial<RecoveryData>;
    if (
      typeof data.k === 'string' &&
      fromBase64Url(data.k).length === 32 &&
      Array.isArray(data.e) &&
      data.e.every(isPair) &&
      Array.isArray(data.s) &&
      data.s.every(isShareRow)
    ) {
      return data as RecoveryData;
    }
  } catch {
    // falls through to the sentence below
  }
  throw new RecoveryCodeError(NOT_A_CODE);
}

/** Reads a code (whitespace and line breaks ignored); throws RecoveryCodeError with a sentence when it cannot. */
export async function readRecoveryCode(code: string, passphrase = ''): Promise<RecoveryData> {
  const compact = code.replace(/\s+/g, '');
  if (compact.startsWith(PLAIN)) return readPlain(compact);
  if (!compact.startsWith(WRAPPED)) throw new RecoveryCodeError(NOT_A_CODE);
  const parts = compact.slice(WRAPPED.length).split('.');
  const iterations = Number(parts[0]);
  if (parts.length !== 4 || !/^\d{1,8}$/.test(parts[0] ?? '') || iterations < 1 || iterations > MAX_ITERATIONS)
    throw new RecoveryCodeError(NOT_A_CODE);
  if (!passphrase) throw new RecoveryCodeError(NEEDS_PASSPHRASE);
  let inner: unknown;
  try {
    inner = await unwrapWithPassphrase(
      { salt: parts[1] ?? '', iterations, sealed: { v: 2, iv: parts[2] ?? '', ciphertext: parts[3] ?? '' } },
      passphrase,
      WRAP_AAD,
    );
  } catch {
    // GCM cannot tell a wrong passphrase from a damaged code; the passphrase is by far the likelier.
    throw new RecoveryCodeError(WRONG_PASSPHRASE);
  }
  if (typeof inner !== 'string' || !inner.startsWith(PLAIN)) throw new RecoveryCodeError(NOT_A_CODE);
  return readPlain(inner);
}

export interface ImportResult {
  restored: number;
  /** Named by the code but not on the server (deleted, or never uploaded). */
  missing: number;
  /** On the server but not openable with the code's key at that revision: changed on the server. */
  changed: number;
}

/**
 * Restores a journal on this device: fetches each entry named by the code and decrypts it with the code's key. All or
 * nothing when offline (OfflineError); refuses to mix with a different journal already here.
 */
export async function importRecoveryCode(env: JournalEnv, code: string, passphrase = ''): Promise<ImportResult> {
  const data = await readRecoveryCode(code, passphrase);
  return env.locks.request(JOURNAL_LOCK, async () => {
    const local = loadJournal(env.storage);
    if (local.key && local.key !== data.k && (local.entries.length > 0 || local.shares.length > 0)) {
      throw new RecoveryCodeError(
        'This browser already holds a different journal. Export it or delete it first, then restore from the code.',
      );
    }
    const result: ImportResult = { restored: 0, missing: 0, changed: 0 };
    const entries: JournalEntry[] = [];
    for (const [id, token] of data.e) {
      if (local.entries.some((e) => e.id === id)) continue;
      const found = await api.fetchEntry(env.fetch, id, token);
      if (found.kind === 'not-found') {
        result.missing++;
        continue;
      }
      try {
        const content = await openServerCopy(data.k, id, found.payload, found.revision);
        const { revision } = found;
        entries.push({
          localId: id,
          id,
          token,
          revision,
          highestSeen: revision,
          serverRevision: null,
          edits: 0,
          attempts: [],
          sync: 'synced',
          content,
          createdAt: content.savedAt,
          updatedAt: content.savedAt,
        });
        result.restored++;
      } catch {
        result.changed++;
      }
    }
    updateJournal(env.storage, (j) => {
      j.key = data.k;
      for (const entry of entries) if (!j.entries.some((e) => e.id === entry.id)) j.entries.push(entry);
      for (const [id, token, expiresAt, link, setTitle] of data.s) {
        if (!j.shares.some((s) => s.id === id))
          j.shares.push({ id, token, expiresAt, link, setTitle, createdAt: '', entryLocalId: null });
      }
    });
    return result;
  });
}
