// Shared summaries: made under a fresh key that only the link carries (after the #), bound to their id, with their
// expiry sealed inside; revoked on request; opened by the viewer, which believes the sealed expiry, not the server's.
import { isCoachSource, type CoachSource } from '../../shared/coach';
import * as api from '../vault-api';
import { decryptJson, encryptJson, randomBase64Url, shareAad } from '../vault-crypto';
import { JOURNAL_LOCK, type JournalEnv } from './env';
import { forgetRepliesExcept } from './reply-cache';
import { newEntryId, newToken, removeTombstone, updateJournal } from './store';
import type { JournalShare } from './types';
import { isObject } from './validate';

/** What a share's ciphertext holds. Format 1 (no expiry inside, no associated data) is still read. */
export interface ShareContent {
  v: 2;
  setTitle: string;
  summary: string;
  source: CoachSource;
  note: string;
  sharedAt: string;
  /** Chosen by the sender; the viewer shows this one and stops showing the summary after it. */
  expiresAt: string;
  /** What `summary` holds: a reflection's summary (absent in older shares) or an update for the mentor. */
  kind?: ShareKind;
}

export type ShareKind = NonNullable<JournalShare['kind']>;

const DAY_MS = 86_400_000;
/** Attempts per share (a lost answer is retried with the same id; the server's 412 says it was made). */
const CREATE_TRIES = 3;
/** The server sets its own expiry from its clock; beyond this difference the stored expiry was changed. */
const EXPIRY_TOLERANCE_MS = 60 * 60 * 1000;

/**
 * Publishes a summary (or, with `kind: 'update'`, an update for the mentor) for 1, 7 or 30 days. Recorded as "to
 * delete" before the first request, so a share whose answer never arrives is deleted by the next sync instead of
 * living on unlisted; made, it moves to the journal's list.
 */
export async function shareSummary(
  env: JournalEnv,
  content: Pick<ShareContent, 'setTitle' | 'summary' | 'source' | 'note' | 'kind'>,
  expiresInDays: 1 | 7 | 30,
  entryLocalId: string | null,
): Promise<JournalShare> {
  return env.locks.request(JOURNAL_LOCK, async () => {
    const key = randomBase64Url(32);
    const sharedAt = new Date();
    const full: ShareContent = { v: 2, ...content, sharedAt: sharedAt.toISOString(), expiresAt: new Date(sharedAt.getTime() + expiresInDays * DAY_MS).toISOString() };
    let id = newEntryId();
    const token = newToken();
    let lastError: unknown;
    for (let tries = 0; tries < CREATE_TRIES; tries++) {
      const payload = await encryptJson(key, full, shareAad(id));
      updateJournal(env.storage, (j) => void (j.tombstones.some((t) => t.id === id) || j.tombstones.push({ kind: 'share', id, token })));
      let answer: api.ShareCreate;
      try {
        answer = await api.createShare(env.fetch, id, token, payload, expiresInDays);
      } catch (error) {
        if (!(error instanceof api.OfflineError)) throw error;
        lastError = error;
        continue;
      }
      if (answer.kind === 'id-taken' || answer.kind === 'gone') {
        // Someone else's id, or ours already revoked (a sync finished the queued deletion while an answer was lost):
        // ids are never reused, so a fresh one. The old id's tombstone goes when the next sync finds nothing there.
        id = newEntryId();
        continue;
      }
      const share: JournalShare = { id, token, link: `${env.origin}/s/#${id}.${key}`, expiresAt: full.expiresAt, createdAt: full.sharedAt, entryLocalId, setTitle: content.setTitle, ...(content.kind ? { kind: content.kind } : {}) };
      updateJournal(env.storage, (j) => {
        j.tombstones = j.tombstones.filter((t) => t.id !== id);
        j.shares.push(share);
      });
      return share;
    }
    throw lastError ?? new api.OfflineError();
  });
}

/** Revokes a link. Returns true when the server confirmed; false when it waits for a connection (still queued). */
export async function revokeShare(env: JournalEnv, id: string): Promise<boolean> {
  return env.locks.request(JOURNAL_LOCK, async () => {
    const { share, left } = updateJournal(env.storage, (j) => {
      const found = j.shares.find((s) => s.id === id);
      if (found) j.tombstones.push({ kind: 'share', id, token: found.token });
      j.shares = j.shares.filter((s) => s.id !== id);
      return { share: found, left: j.shares.map((s) => s.id) };
    });
    // Its replies leave this browser with it, even while the server's copy waits for a connection.
    forgetRepliesExcept(env.storage, left);
    if (!share) return true;
    try {
      await api.deleteShare(env.fetch, id, share.token);
    } catch (error) {
      if (error instanceof api.OfflineError) return false;
      throw error;
    }
    updateJournal(env.storage, (j) => removeTombstone(j, { kind: 'share', id, token: share.token }));
    return true;
  });
}

/** Splits a share link's fragment ("<id>.<key>") into its parts, or undefined when it cannot be one. */
export function parseShareFragment(hash: string): { id: string; key: string } | undefined {
  const match = hash.replace(/^#/, '').match(/^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/);
  return match ? { id: match[1] ?? '', key: match[2] ?? '' } : undefined;
}

function isShareContent(v: unknown, version: 1 | 2): boolean {
  if (!isObject(v) || v['v'] !== version) return false;
  const strings = ['setTitle', 'summary', 'note', 'sharedAt', ...(version === 2 ? ['expiresAt'] : [])];
  const kindOk = v['kind'] === undefined || v['kind'] === 'summary' || v['kind'] === 'update';
  return kindOk && strings.every((k) => typeof v[k] === 'string') && isCoachSource(v['source']) && (version === 1 || !Number.isNaN(Date.parse(v['expiresAt'] as string)));
}

export type OpenedShare =
  /** Absent, revoked, expired, or a link that is not one: all look the same to the reader. */
  | { kind: 'unavailable' }
  /** The ciphertext does not open with this link's key and id: changed on the server, or a damaged link. */
  | { kind: 'changed' }
  /** `serverExpiryChanged`: the server's record of the expiry does not match the sealed one (shown instead). */
  | { kind: 'ready'; content: ShareContent; serverExpiryChanged: boolean };

/** Fetches and opens a shared summary for its reader. Only "no answer at all" throws (OfflineError). */
export async function openShare(fetcher: api.Fetch, hash: string, now = new Date()): Promise<OpenedShare> {
  const parts = parseShareFragment(hash);
  if (!parts) return { kind: 'unavailable' };
  const stored = await api.fetchShare(fetcher, parts.id).catch((error: unknown) => {
    if (error instanceof api.ApiError) return { kind: 'not-found' } as const;
    throw error;
  });
  if (stored.kind === 'not-found') return { kind: 'unavailable' };
  let plain: unknown;
  try {
    plain = await decryptJson(parts.key, stored.payload, shareAad(parts.id));
  } catch {
    return { kind: 'changed' };
  }
  if (!isShareContent(plain, stored.payload.v)) return { kind: 'changed' };
  // A first-format share has no sealed expiry: the server's is all there is.
  const content = (stored.payload.v === 1 ? { ...(plain as object), v: 2, expiresAt: stored.expiresAt } : plain) as ShareContent;
  if (Date.parse(content.expiresAt) <= now.getTime()) return { kind: 'unavailable' };
  const serverExpiry = Date.parse(stored.expiresAt);
  const serverExpiryChanged = !Number.isNaN(serverExpiry) && Math.abs(serverExpiry - Date.parse(content.expiresAt)) > EXPIRY_TOLERANCE_MS;
  return { kind: 'ready', content, serverExpiryChanged };
}
