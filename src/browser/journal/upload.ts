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

/**
 * Changes the stored entry with what an answer taught, only while it still has the id that request named. Without
 * Web Locks another tab may meanwhile have moved the entry to a fresh id (Save again after it was deleted elsewhere,
 * or an id taken): an answer about the old id says nothing about the new one — its revisions would pass for a
 * rollback there, and its 404 for a deletion. `moved` then, and the caller starts again from what is stored.
 */
export function patchAnswered(
  env: JournalEnv,
  sent: JournalEntry,
  change: (entry: JournalEntry) => void,
): JournalEntry | 'gone' | 'moved' {
  return updateJournal(env.storage, (j) => {
    const entry = j.entries.find((e) => e.localId === sent.localId);
    if (!entry) return 'gone';
    if (entry.id !== sent.id) return 'moved';
    change(entry);
    return structuredClone(entry);
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
 * tab's answer when Web Locks are missing), so it is asked once more. The server never goes back, so an answer to a
 * request sent after seeing revision N that still names less than N is a rollback. N is what had been seen when that
 * request left: a revision another tab learns while it is on its way says nothing about it.
 */
export async function fetchCurrent(
  env: JournalEnv,
  entry: JournalEntry,
): Promise<api.EntryRead | { kind: 'rollback'; revision: number }> {
  // Revisions seen count only for the id that was read (the entry may have moved to a fresh one meanwhile).
  const seen = () => {
    const now = readEntry(env, entry.localId);
    return now?.id === entry.id ? now.highestSeen : 0;
  };
  const first = await api.fetchEntry(env.fetch, entry.id, entry.token);
  if (first.kind !== 'found' || first.revision >= seen()) return first;
  const seenWhenAsked = seen();
  const again = await api.fetchEntry(env.fetch, entry.id, entry.token);
  if (again.kind !== 'found' || again.revision >= seenWhenAsked) return again;
  return { kind: 'rollback', revision: again.revision };
}

/** What a round says after an answer was applied (or found to be about an id the entry has left). */
function next(stored: JournalEntry | 'gone' | 'moved'): Round {
  if (stored === 'gone') return { done: 'gone' };
  if (stored === 'moved') return { again: true };
  return stored.sync === 'pending' ? { again: true } : { done: stored.sync };
}

/** Marks the server's copy as not written by this journal (or rolled back), keeping this device's copy. */
function tampered(env: JournalEnv, sent: JournalEntry, serverRevision: number): Round {
  return next(patchAnswered(env, sent, (e) => Object.assign(e, { sync: 'tampered', serverRevision })));
}

/** After a 412: is the server's copy our own write (a lost answer, another tab), another device's, or not ours at all? */
async function afterRefusal(env: JournalEnv, key: string, entry: JournalEntry): Promise<Round> {
  const found = await fetchCurrent(env, entry);
  if (found.kind === 'not-found') return { again: true }; // deleted meanwhile: the next round's write says so
  if (found.kind === 'rollback') return tampered(env, entry, found.revision);
  const { revision, payload } = found;
  // Read now, not from when we sent: another tab (without Web Locks) may have recorded the write that won since.
  const isMine = (e: JournalEntry | undefined) =>
    e?.attempts.find((a) => a.revision === revision && a.iv === payload.iv);
  let content: EntryContent | undefined;
  if (!isMine(readEntry(env, entry.localId))) {
    try {
      content = await openServerCopy(key, entry.id, payload, revision);
    } catch {
      return tampered(env, entry, revision);
    }
  }
  const stored = patchAnswered(env, entry, (e) => {
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
    } else if (revision === e.revision) {
      // This device is already based on that very copy (another tab took it or wrote it since this write was sent, and
      // a save made since is not a change elsewhere): the refusal is stale; the next round writes over that revision.
      return;
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
  return next(stored);
}

/** One write of the entry's current content (noting its id and token in `written`); says what to do next. */
async function round(env: JournalEnv, localId: string, written: Map<string, string>): Promise<Round> {
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
  const sent = patchAnswered(
    env,
    entry,
    (e) => void (e.attempts = [...laterAttempts(e, target - 1), attempt].slice(-MAX_ATTEMPTS_KEPT)),
  );
  if (typeof sent === 'string') return next(sent); // deleted, or moved to a fresh id while this was being sealed
  let answer: api.EntryWrite;
  written.set(entry.id, entry.token);
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
      return next(
        patchAnswered(env, sent, (e) => {
          e.highestSeen = Math.max(e.highestSeen, revision);
          // A slow answer: another tab has already recorded this revision or a later one, and what follows from it.
          if (e.revision !== null && revision <= e.revision) return;
          Object.assign(e, { revision, serverRevision: null, attempts: laterAttempts(e, revision) });
          e.sync = e.edits === attempt.edits ? 'synced' : 'pending';
        }),
      );
    }
    case 'precondition-failed': {
      const stored = patchAnswered(
        env,
        sent,
        (e) => void (e.highestSeen = Math.max(e.highestSeen, answer.currentRevision)),
      );
      return typeof stored === 'string' ? next(stored) : afterRefusal(env, key, sent);
    }
    case 'not-found':
    case 'gone': // a create meeting the tombstone of its own id: deleted elsewhere after an answer was lost
      return next(patchAnswered(env, sent, (e) => Object.assign(e, { sync: 'deleted-elsewhere', attempts: [] })));
    case 'id-taken':
      // Someone else's entry has this id (a 1-in-2^128 chance): this one moves to a fresh id and token.
      patchAnswered(env, sent, (e) =>
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
  // Every id this upload may have written to (the entry can move to a fresh id between rounds): id → token.
  const written = new Map<string, string>(before ? [[before.id, before.token]] : []);
  try {
    for (let i = 0; i < MAX_ROUNDS; i++) {
      const result = await round(env, localId, written);
      if ('done' in result) return result.done;
    }
    return 'pending';
  } finally {
    if (written.size > 0) {
      updateJournal(env.storage, (j) => {
        const gone = !j.entries.some((e) => e.localId === localId);
        // Queued even if an equal one waits: that one's DELETE may already have been answered, before our write landed.
        if (gone) for (const [id, token] of written) j.tombstones.push({ kind: 'entry', id, token });
      });
    }
  }
}
