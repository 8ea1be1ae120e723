// The journal on this device: plaintext copies (so it reads and writes offline), the journal key, and for each
// entry its server id, owner token and revision. The server only ever sees ciphertext made with the key.
import type { CoachSource } from '../shared/coach';
import type { Draft, PromptAnswer } from './runner-state';
import * as api from './vault-api';
import { decryptJson, encryptJson, fromBase64Url, newKey, toBase64Url } from './vault-crypto';

/** Same cap as the server's (vault-schemas), repeated here so the journal does not pull zod into the browser. */
const ENTRY_MAX_BYTES = 256 * 1024;

const JOURNAL_KEY = 'lodestar:journal';
const RECOVERY_PREFIX = 'LODESTAR-1.';

/** What is encrypted and stored for one saved reflection. */
export interface EntryContent {
  v: 1;
  setId: string;
  setTitle: string;
  prompts: { id: string; text: string }[];
  answers: Record<string, PromptAnswer>;
  summary: Draft['summary'];
  savedAt: string;
}

export type SyncState = 'synced' | 'pending' | 'conflict';

export interface JournalEntry {
  /** Stable on this device, before and after the server knows the entry. */
  localId: string;
  serverId: string | null;
  ownerToken: string | null;
  revision: number | null;
  sync: SyncState;
  content: EntryContent;
  createdAt: string;
  updatedAt: string;
}

export interface JournalShare {
  id: string;
  ownerToken: string;
  link: string;
  expiresAt: string;
  createdAt: string;
  entryLocalId: string | null;
  setTitle: string;
}

export interface Journal {
  v: 1;
  key: string | null;
  entries: JournalEntry[];
  shares: JournalShare[];
}

const emptyJournal = (): Journal => ({ v: 1, key: null, entries: [], shares: [] });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the journal from this browser; anything unreadable is treated as an empty journal, never trusted. */
export function loadJournal(): Journal {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(JOURNAL_KEY) ?? 'null');
    if (!isObject(raw) || raw['v'] !== 1 || !Array.isArray(raw['entries']) || !Array.isArray(raw['shares'])) return emptyJournal();
    const key = typeof raw['key'] === 'string' ? raw['key'] : null;
    const entries = (raw['entries'] as unknown[]).filter((e): e is JournalEntry => isObject(e) && typeof e['localId'] === 'string' && isObject(e['content']));
    const shares = (raw['shares'] as unknown[]).filter((s): s is JournalShare => isObject(s) && typeof s['id'] === 'string' && typeof s['ownerToken'] === 'string');
    return { v: 1, key, entries, shares };
  } catch {
    return emptyJournal();
  }
}

function saveJournal(journal: Journal): void {
  localStorage.setItem(JOURNAL_KEY, JSON.stringify(journal));
}

/** Re-reads the journal, applies a change and writes it back, so two tabs do not undo each other's lists. */
function updateJournal(change: (journal: Journal) => void): Journal {
  const journal = loadJournal();
  change(journal);
  saveJournal(journal);
  return journal;
}

async function journalKey(): Promise<string> {
  const existing = loadJournal().key;
  if (existing) return existing;
  const key = await newKey();
  updateJournal((j) => {
    j.key ??= key;
  });
  return loadJournal().key ?? key;
}

const randomId = () => toBase64Url(crypto.getRandomValues(new Uint8Array(12)));

export function entryContentFrom(draft: Draft, setTitle: string, prompts: { id: string; text: string }[]): EntryContent {
  return { v: 1, setId: draft.setId, setTitle, prompts, answers: draft.answers, summary: draft.summary, savedAt: new Date().toISOString() };
}

export interface SaveResult {
  localId: string;
  revision: number | null;
  /** 'uploaded' when the server has this version; 'pending' when it waits for a connection. */
  state: 'uploaded' | 'pending';
}

/**
 * Saves a reflection: first on this device, then encrypted to the server. A new entry is created with POST;
 * an existing one is updated with PUT and If-Match `baseRevision`, so a version saved elsewhere in between
 * is reported as EntryConflictError instead of being overwritten. Offline, the entry waits as "pending".
 */
export async function saveEntry(content: EntryContent, localId: string | null, baseRevision: number | null): Promise<SaveResult> {
  const now = new Date().toISOString();
  const id = localId ?? randomId();
  updateJournal((j) => {
    const existing = j.entries.find((e) => e.localId === id);
    if (existing) Object.assign(existing, { content, updatedAt: now, sync: 'pending' as const });
    else j.entries.push({ localId: id, serverId: null, ownerToken: null, revision: null, sync: 'pending', content, createdAt: now, updatedAt: now });
  });
  try {
    const revision = await uploadEntry(id, baseRevision);
    return { localId: id, revision, state: 'uploaded' };
  } catch (error) {
    if (error instanceof api.OfflineError) return { localId: id, revision: baseRevision, state: 'pending' };
    if (error instanceof api.EntryConflictError) {
      updateJournal((j) => {
        const entry = j.entries.find((e) => e.localId === id);
        if (entry) entry.sync = 'conflict';
      });
    }
    throw error;
  }
}

// One upload per entry at a time: a save and a background sync racing could otherwise both POST a new entry,
// leaving a server copy that no recovery code or deletion would ever reach.
const uploads = new Map<string, Promise<number>>();

/** Sends the local copy of one entry to the server; returns the revision it now has there. */
async function uploadEntry(localId: string, baseRevision: number | null): Promise<number> {
  const previous = uploads.get(localId) ?? Promise.resolve(0);
  const next = previous.catch(() => 0).then(() => uploadEntryNow(localId, baseRevision));
  uploads.set(localId, next);
  try {
    return await next;
  } finally {
    if (uploads.get(localId) === next) uploads.delete(localId);
  }
}

async function uploadEntryNow(localId: string, baseRevision: number | null): Promise<number> {
  const entry = loadJournal().entries.find((e) => e.localId === localId);
  if (!entry) throw new Error('entry not found on this device');
  const payload = await encryptJson(await journalKey(), entry.content);
  if (JSON.stringify(payload).length > ENTRY_MAX_BYTES) {
    throw new Error('This reflection is too large to store on the server (over 256 KB). It stays saved on this device; export it to keep a copy.');
  }
  let serverId = entry.serverId;
  let ownerToken = entry.ownerToken;
  let revision: number;
  if (!serverId || !ownerToken) {
    const created = await api.createEntry(payload);
    ({ id: serverId, ownerToken, revision } = created);
  } else {
    revision = (await api.updateEntry(serverId, ownerToken, baseRevision ?? entry.revision ?? 1, payload)).revision;
  }
  updateJournal((j) => {
    const stored = j.entries.find((e) => e.localId === localId);
    if (stored) Object.assign(stored, { serverId, ownerToken, revision, sync: 'synced' as const });
  });
  return revision;
}

/** Uploads every entry still waiting (e.g. written offline). Conflicts are marked, not overwritten. */
export async function syncPending(): Promise<void> {
  for (const entry of loadJournal().entries.filter((e) => e.sync === 'pending')) {
    try {
      await uploadEntry(entry.localId, entry.revision);
    } catch (error) {
      if (error instanceof api.OfflineError) return;
      if (error instanceof api.EntryConflictError) {
        updateJournal((j) => {
          const stored = j.entries.find((e) => e.localId === entry.localId);
          if (stored) stored.sync = 'conflict';
        });
      }
    }
  }
}

/** Resolves a conflict by writing this device's copy over the newer server version, knowingly. */
export async function keepThisVersion(localId: string, currentRevision: number): Promise<number> {
  return uploadEntry(localId, currentRevision);
}

/** Resolves a conflict by replacing this device's copy with the server's newer version. */
export async function useServerVersion(localId: string): Promise<EntryContent> {
  const journal = loadJournal();
  const entry = journal.entries.find((e) => e.localId === localId);
  if (!entry?.serverId || !entry.ownerToken || !journal.key) throw new Error('this entry has no server copy');
  const stored = await api.fetchEntry(entry.serverId, entry.ownerToken);
  const content = (await decryptJson(journal.key, stored)) as EntryContent;
  updateJournal((j) => {
    const target = j.entries.find((e) => e.localId === localId);
    if (target) Object.assign(target, { content, revision: stored.revision, sync: 'synced' as const, updatedAt: new Date().toISOString() });
  });
  return content;
}

/** Deletes one entry here and on the server (and revokes the shares made from it). */
export async function deleteEntry(localId: string): Promise<void> {
  const entry = loadJournal().entries.find((e) => e.localId === localId);
  if (entry?.serverId && entry.ownerToken) {
    try {
      await api.deleteEntry(entry.serverId, entry.ownerToken);
    } catch (error) {
      if (!(error instanceof api.NotAvailableError)) throw error;
    }
  }
  for (const share of loadJournal().shares.filter((s) => s.entryLocalId === localId)) await revokeShare(share.id);
  updateJournal((j) => {
    j.entries = j.entries.filter((e) => e.localId !== localId);
  });
}

/**
 * Deletes every entry and share on the server and every trace here (journal, key and reflection drafts).
 * Keeps going past failures; returns how many server copies could not be deleted (e.g. while offline),
 * and in that case keeps the journal so the person can try again.
 */
export async function deleteEverything(): Promise<{ failed: number }> {
  let failed = 0;
  for (const entry of loadJournal().entries) await deleteEntry(entry.localId).catch(() => failed++);
  for (const share of loadJournal().shares) await revokeShare(share.id).catch(() => failed++);
  for (const key of Object.keys(localStorage)) if (key.startsWith('lodestar:draft:')) localStorage.removeItem(key);
  if (failed === 0) localStorage.removeItem(JOURNAL_KEY);
  return { failed };
}

export interface ShareContent {
  v: 1;
  setTitle: string;
  summary: string;
  source: CoachSource;
  note: string;
  sharedAt: string;
}

/** Publishes a summary under a fresh key that only the link carries (after the #). */
export async function shareSummary(content: Omit<ShareContent, 'v' | 'sharedAt'>, expiresInDays: 1 | 7 | 30, entryLocalId: string | null): Promise<JournalShare> {
  const key = await newKey();
  const full: ShareContent = { v: 1, ...content, sharedAt: new Date().toISOString() };
  const created = await api.createShare(await encryptJson(key, full), expiresInDays);
  const share: JournalShare = {
    id: created.id,
    ownerToken: created.ownerToken,
    link: `${location.origin}/s/#${created.id}.${key}`,
    expiresAt: created.expiresAt,
    createdAt: full.sharedAt,
    entryLocalId,
    setTitle: content.setTitle,
  };
  updateJournal((j) => {
    j.shares.push(share);
  });
  return share;
}

export async function revokeShare(id: string): Promise<void> {
  const share = loadJournal().shares.find((s) => s.id === id);
  if (share) {
    try {
      await api.deleteShare(share.id, share.ownerToken);
    } catch (error) {
      if (!(error instanceof api.NotAvailableError)) throw error; // already expired or revoked
    }
  }
  updateJournal((j) => {
    j.shares = j.shares.filter((s) => s.id !== id);
  });
}

/** Splits a share link's fragment ("<id>.<key>") into its parts, or undefined when it cannot be one. */
export function parseShareFragment(hash: string): { id: string; key: string } | undefined {
  const match = hash.replace(/^#/, '').match(/^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/);
  return match ? { id: match[1] ?? '', key: match[2] ?? '' } : undefined;
}

interface RecoveryData {
  k: string;
  e: [string, string][];
  s: [string, string, string, string, string][];
}

/** The journal key plus every entry's and share's id and token, as one copyable line. */
export function recoveryCode(journal: Journal): string {
  const data: RecoveryData = {
    k: journal.key ?? '',
    e: journal.entries.filter((e) => e.serverId && e.ownerToken).map((e) => [e.serverId ?? '', e.ownerToken ?? '']),
    s: journal.shares.map((s) => [s.id, s.ownerToken, s.expiresAt, s.link, s.setTitle]),
  };
  return RECOVERY_PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(data)));
}

/** Reads a recovery code; throws a sentence for the person when it is not one. */
export function readRecoveryCode(code: string): RecoveryData {
  const trimmed = code.trim();
  const problem = new Error('That is not a Lodestar recovery code. Copy the whole code, starting with LODESTAR-1.');
  if (!trimmed.startsWith(RECOVERY_PREFIX)) throw problem;
  try {
    const data = JSON.parse(new TextDecoder().decode(fromBase64Url(trimmed.slice(RECOVERY_PREFIX.length)))) as RecoveryData;
    if (typeof data.k !== 'string' || fromBase64Url(data.k).length !== 32 || !Array.isArray(data.e) || !Array.isArray(data.s)) throw problem;
    return data;
  } catch {
    throw problem;
  }
}

/**
 * Restores a journal on this device from a recovery code: fetches each entry's ciphertext from the server and
 * decrypts it with the code's key. Returns how many entries came back and how many were missing.
 */
export async function importRecoveryCode(code: string): Promise<{ restored: number; missing: number }> {
  const data = readRecoveryCode(code);
  const local = loadJournal();
  if (local.key && local.key !== data.k && local.entries.length > 0) {
    throw new Error('This device already has a different journal. Export or delete it first, then import the code.');
  }
  let restored = 0;
  let missing = 0;
  const entries: JournalEntry[] = [];
  for (const [serverId, ownerToken] of data.e) {
    if (local.entries.some((e) => e.serverId === serverId)) continue;
    try {
      const stored = await api.fetchEntry(serverId, ownerToken);
      const content = (await decryptJson(data.k, stored)) as EntryContent;
      entries.push({ localId: randomId(), serverId, ownerToken, revision: stored.revision, sync: 'synced', content, createdAt: content.savedAt, updatedAt: content.savedAt });
      restored++;
    } catch (error) {
      if (error instanceof api.OfflineError) throw error;
      missing++;
    }
  }
  updateJournal((j) => {
    j.key = data.k;
    j.entries.push(...entries);
    for (const [id, ownerToken, expiresAt, link, setTitle] of data.s) {
      if (!j.shares.some((s) => s.id === id)) j.shares.push({ id, ownerToken, expiresAt, link, setTitle, createdAt: '', entryLocalId: null });
    }
  });
  return { restored, missing };
}

/** One entry as readable Markdown: the prompts, the answers and follow-ups, then the summary. */
export function entryToMarkdown(content: EntryContent): string {
  const lines = [`# ${content.setTitle}`, '', `_Saved ${content.savedAt.slice(0, 10)}_`, ''];
  for (const prompt of content.prompts) {
    const answer = content.answers[prompt.id];
    lines.push(`## ${prompt.text}`, '', answer?.answer.trim() || '_Not answered._', '');
    for (const followUp of answer?.followUps ?? []) {
      if (followUp.source === 'safety') continue;
      lines.push(`> Your guide asked: ${followUp.question}`, '', followUp.skipped ? '_Skipped._' : followUp.answer.trim() || '_Not answered._', '');
    }
  }
  if (content.summary) lines.push('## Summary', '', content.summary.text.replace(/^## /gm, '### ').trim(), '');
  return lines.join('\n').trimEnd() + '\n';
}

/** The first line of a summary (or the first answer), for lists. */
export function firstLine(content: EntryContent): string {
  const summaryLine = content.summary?.text
    .split('\n')
    .map((l) => l.replace(/^#+\s*|^[-*]\s*/, '').trim())
    .find((l) => l && !/^(what stood out|strengths|growth edges|next steps|questions for your mentor)$/i.test(l));
  const answer = Object.values(content.answers).find((a) => a.answer.trim())?.answer.trim();
  const line = summaryLine ?? answer ?? 'No answers yet.';
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}
