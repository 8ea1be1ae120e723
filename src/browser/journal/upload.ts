// Uploading one entry: create with If-None-Match: *, update with If-Match, and reading every answer — 412s included —
// for the revision. The caller holds the journal lock. What is learnt is written to localStorage at once, so a tab
// that closes mid-upload leaves the next one knowing what was sent.
import { isEntryContent, type EntryContent } from '../../shared/model/entry-content';
import { ENTRY_MAX_BYTES } from '../../shared/model/limits';
import { entryAad, type SealedPayload } from '../../shared/model/sealed-payload';
import * as api from '../vault-api';
import { DecryptError, decryptJson, encryptJson, randomBase64Url } from '../vault-crypto';
import { mergeCommitments } from './commitment-rules';
import type { JournalEnv } from './env';
import { loadJournal, newEntryId, newToken, updateJournal } from './store';
import type { JournalEntry, SyncState } from './types';
/** A bound on rounds in one upload (each round learns something); past it the entry simply stays pending. */
const MAX_ROUNDS = 6;
const MAX_ATTEMPTS_KEPT = 20;

/** The journal key, made on first use. Made inside one synchronous update, so two tabs agree on one key. */
export function journalKey(env: JournalEnv): string {
  return updateJournal(env.storage, (j) => (j.key ??= randomBase64Url(32)));
}

/** One stored entry as it is now (a copy), or undefined when it is gone. */
export const readEntry = (env: JournalEnv, localId: string): JournalEntry | undefined =>
  loadJournal(env.storage).entries.find((e) => e.localId === localId);

/** Changes one stored entry (if it still exists) and returns it as stored. */
export function patchEntry(
  env: JournalEnv,
  localId: string,
  change: (entry: JournalEntry) => void,
): JournalEntry | undefined {
  return updateJournal(env.storage, (j) => {
    const entry = j.entries.find((e) => e.localId === localId);
    if (entry) change(entry);
    return entry && structuredClone(entry);
  });
}

/** A decrypted server copy, or why there is none: the server's copy was changed, or it is not one of ours. */
export async function openServerCopy(
  key: string,
  id: string,
  payload: SealedPayload,
  revision: number,
): Promise<EntryContent> {
  const content = await decryptJson(key, payload, entryAad(id, revision));
  if (!isEntryContent(content)) throw new DecryptError();
  return content;
}

/** The same reflection, whenever it was saved: a server copy equal to ours but for `savedAt` is no conflict. */
const sameContent = (a: EntryContent, b: EntryContent) =>
  JSON.stringify({ ...a, savedAt: '' }) === JSON.stringify({ ...b, savedAt: '' });
/** Equal but for savedAt and commitments: two devices marking commitments of one reflection, merged without asking. */
const sameButCommitments = (a: EntryContent, b: EntryContent) =>
  sameContent({ ...a, commitments: [] }, { ...b, commitments: [] });

/**
 * Attempts still worth remembering once the server is at `revision`: this one's (another tab racing us without
 * Web Locks may yet meet it in a 412) and later ones; older ones can never be met again.
 */
const laterAttempts = (entry: JournalEntry, revision: number) => entry.attempts.filter((a) => a.revision >= revision);

type Round = { done: SyncState | 'gone' } | { again: true };

/**
 * GETs the entry. An answer older than a revision this browser has already seen may just be slow (overtaken by another
 * tab's answer when Web Locks are missing), so it is asked once more: the server never goes back, so an answer to a
 * request sent after seeing revision N that still names less than N is a rollback.
 */
export async function fetchCurrent(
  env: JournalEnv,
  entry: JournalEntry,
): Promise<api.EntryRead | { kind: 'rollback'; revision: number }> {
  let found = await api.fetchEntry(env.fetch, entry.id, entry.token);
  for (let again = 0; again < 2 && found.kind === 'found'; again++) {
    const seen = readEntry(env, entry.localId)?.highestSeen ?? 0;
    if (found.revision >= seen) return found;
    if (again === 1) return { kind: 'rollback', revision: found.revision };
    found = await api.fetchEntry(env.fetch, entry.id, entry.token);
  }
  return found;
}

/** Marks the server's copy as not written by this journal (or rolled back), keeping this device's copy. */
function tampered(env: JournalEnv, localId: string, serverRevision: number): Round {
  patchEntry(env, localId, (e) => Object.assign(e, { sync: 'tampered', serverRevision }));
  return { done: 'tampered' };
}

/** After a 412: is the server's copy our own write (a lost answer, another tab), another device's, or not ours at all? */
async function afterRefusal(env: JournalEnv, key: string, entry: JournalEntry): Promise<Round> {
  const found = await fetchCurrent(env, entry);
  if (found.kind === 'not-found') return { again: true }; // deleted meanwhile: the next round's write says so
  if (found.kind === 'rollback') return tampered(env, entry.localId, found.revision);
  const { revision, payload } = found;
  // Read now, not from when we sent: another tab (without Web Locks) may have recorded the write that won since.
  const isMine = (e: JournalEntry | undefined) =>
    e?.attempts.find((a) => a.revision === revision && a.iv === payload.iv);
  let content: EntryContent | undefined;
  if (!isMine(readEntry(env, entry.localId))) {
    try {
      content = await openServerCopy(key, entry.id, payload, revision);
    } catch {
      return tampered(env, entry.localId, revision);
    }
  }
  const stored = patchEntry(env, entry.localId, (e) => {
    e.highestSeen = Math.max(e.highestSeen, revision);
    if (e.revision !== null && revision < e.revision) return; // another tab has already moved past this revision
    const mine = isMine(e);
    if (mine || (content && sameContent(content, e.content))) {
      // Our own write is there: carry on from it; a save made since it was sent still waits.
      const carried = mine ? mine.edits : e.edits;
      Object.assign(e, {
        revision,
        serverRevision: null,
        attempts: laterAttempts(e, revision),
        sync: carried === e.edits ? 'synced' : 'pending',
      });
    } else if (content && sameButCommitments(content, e.content)) {
      // Per commitment the later change wins; the merge goes over the server's revision on the next round.
      Object.assign(e, {
        content: { ...e.content, commitments: mergeCommitments(e.content.commitments, content.commitments) },
        revision,
        serverRevision: null,
        attempts: laterAttempts(e, revision),
        sync: 'pending',
      });
      e.edits++;
    } else Object.assign(e, { sync: 'conflict', serverRevision: revision });
  });
  if (!stored) return { done: 'gone' };
  return stored.sync === 'pending' ? { again: true } : { done: stored.sync };
}

/** One write of the entry's current content; says what to do next. */
async function round(env: JournalEnv, localId: string): Promise<Round> {
  const key = journalKey(env);
  const entry = readEntry(env, localId);
  if (!entry) return { done: 'gone' };
  if (entry.sync !== 'pending') return { done: entry.sync };
  const target = (entry.revision ?? 0) + 1;
  const payload = await encryptJson(key, entry.content, entryAad(entry.id, target));
  if (JSON.stringify(payload).length > ENTRY_MAX_BYTES) {
    patchEntry(env, localId, (e) => void (e.sync = 'too-large'));
    return { done: 'too-large' };
  }
  const attempt = { revision: target, iv: payload.iv, edits: entry.edits };
  // Recorded before sending: if the answer is lost, a retry recognises this write on the server by its IV.
  const sent = patchEntry(
    env,
    localId,
    (e) => void (e.attempts = [...laterAttempts(e, target - 1), attempt].slice(-MAX_ATTEMPTS_KEPT)),
  );
  if (!sent) return { done: 'gone' };
  let answer: api.EntryWrite;
  try {
    answer =
      entry.revision === null
        ? await api.createEntry(env.fetch, entry.id, entry.token, payload)
        : await api.updateEntry(env.fetch, entry.id, entry.token, entry.revision, payload);
  } catch (error) {
    if (error instanceof api.ApiError && error.status === 413) {
      patchEntry(env, localId, (e) => void (e.sync = 'too-large'));
      return { done: 'too-large' };
    }
    throw error;
  }
  switch (answer.kind) {
    case 'written': {
      const { revision } = answer;
      const stored = patchEntry(env, localId, (e) => {
        e.highestSeen = Math.max(e.highestSeen, revision);
        // A slow answer: another tab has already recorded this revision or a later one, and what follows from it.
        if (e.revision !== null && revision <= e.revision) return;
        Object.assign(e, { revision, serverRevision: null, attempts: laterAttempts(e, revision) });
        e.sync = e.edits === attempt.edits ? 'synced' : 'pending';
      });
      if (!stored) return { done: 'gone' };
      return stored.sync === 'pending' ? { again: true } : { done: stored.sync };
    }
    case 'precondition-failed':
      patchEntry(env, localId, (e) => void (e.highestSeen = Math.max(e.highestSeen, answer.currentRevision)));
      return afterRefusal(env, key, sent);
    case 'not-found':
    case 'gone': // a create meeting the tombstone of its own id: deleted elsewhere after an answer was lost
      patchEntry(env, localId, (e) => Object.assign(e, { sync: 'deleted-elsewhere', attempts: [] }));
      return { done: 'deleted-elsewhere' };
    case 'id-taken':
      // Someone else's entry has this id (a 1-in-2^128 chance): this one moves to a fresh id and token.
      patchEntry(env, localId, (e) =>
        Object.assign(e, { id: newEntryId(), token: newToken(), revision: null, highestSeen: 0, attempts: [] }),
      );
      return { again: true };
  }
}

/**
 * Uploads one entry until the server has its current content or something needs the person (conflict, deleted
 * elsewhere, changed on the server, too large). Offline: throws OfflineError and the entry stays pending.
 * If the entry was deleted locally meanwhile (a tab without Web Locks), its server copy is queued for deletion.
 */
export async function uploadEntry(env: JournalEnv, localId: string): Promise<SyncState | 'gone'> {
  const before = readEntry(env, localId);
  try {
    for (let i = 0; i < MAX_ROUNDS; i++) {
      const result = await round(env, localId);
      if ('done' in result) return result.done;
    }
    return 'pending';
  } finally {
    if (before) {
      updateJournal(env.storage, (j) => {
        const gone = !j.entries.some((e) => e.localId === localId);
        // Queued even if an equal one waits: that one's DELETE may already have been answered, before our write landed.
        if (gone) j.tombstones.push({ kind: 'entry', id: before.id, token: before.token });
      });
    }
  }
}
