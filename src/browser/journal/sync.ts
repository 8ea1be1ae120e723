// Saving, syncing and deleting journal entries. Every step that talks to the server runs under the journal lock
// (Web Locks across tabs), re-reads localStorage first, and writes what it learns straight back.
import type { EntryContent } from '../../shared/model/entry-content';
import { JOURNAL_KEY, JOURNAL_LOCK, storedKeysToDelete } from '../storage-keys';
import * as api from '../vault-api';
import { commitmentsFor, mergeCommitments } from './commitment-rules';
import type { JournalEnv } from './env';
import { forgetRepliesExcept } from './reply-cache';
import { loadJournal, newEntryId, newToken, removeTombstone, unreadableServerCopies, updateJournal } from './store';
import type { JournalEntry, SyncState, Tombstone } from './types';
import { fetchCurrent, journalKey, openServerCopy, patchAnswered, patchEntry, readEntry, uploadEntry } from './upload';

/** Where one entry stands after a save or a sync: 'pending' means it waits for a connection. */
export interface SaveResult {
  localId: string;
  revision: number | null;
  state: SyncState;
}

const withLock = <T>(env: JournalEnv, work: () => Promise<T>) => env.locks.request(JOURNAL_LOCK, work);

/**
 * Uploads under the lock, after `prepare` (run under the lock too); no connection leaves the entry pending rather
 * than failing the save.
 */
async function upload(env: JournalEnv, localId: string, prepare?: (entry: JournalEntry) => void): Promise<SaveResult> {
  let state: SyncState | 'gone';
  try {
    state = await withLock(env, () => {
      if (prepare) patchEntry(env, localId, prepare);
      return uploadEntry(env, localId);
    });
  } catch (error) {
    if (!(error instanceof api.OfflineError)) throw error;
    state = 'pending';
  }
  const entry = loadJournal(env.storage).entries.find((e) => e.localId === localId);
  return { localId, revision: entry?.revision ?? null, state: state === 'gone' ? 'pending' : state };
}

/**
 * Saves a reflection: first on this device (at once, before any network), then encrypted to the server. A new entry
 * gets its id and owner token here, so a lost answer can be retried without making a second copy. An entry waiting
 * for the person's choice (conflict, deleted elsewhere, changed on the server) keeps waiting, with the new text.
 */
export async function saveEntry(env: JournalEnv, content: EntryContent, localId: string | null): Promise<SaveResult> {
  const now = new Date().toISOString();
  const id = updateJournal(env.storage, (j) => {
    const existing = localId === null ? undefined : j.entries.find((e) => e.localId === localId);
    // Every save path keeps the person's commitments: the caller's (an edit) merged with the stored ones by id, then
    // matched to the summary's "Next steps" — unless the summary is unchanged, when there is nothing to match again.
    const earlier = mergeCommitments(content.commitments, existing?.content.commitments);
    const sameSummary =
      earlier !== undefined && existing !== undefined && existing.content.summary?.text === content.summary?.text;
    content.commitments = sameSummary ? earlier : commitmentsFor(content.summary?.text ?? null, earlier, new Date(now));
    if (existing) {
      Object.assign(existing, { content, updatedAt: now, edits: existing.edits + 1 });
      if (existing.sync === 'synced' || existing.sync === 'too-large') existing.sync = 'pending';
      return existing.localId;
    }
    const fresh = newEntryId();
    j.entries.push({
      localId: fresh,
      id: fresh,
      token: newToken(),
      revision: null,
      highestSeen: 0,
      serverRevision: null,
      edits: 1,
      attempts: [],
      sync: 'pending',
      content,
      createdAt: now,
      updatedAt: now,
    });
    return fresh;
  });
  return upload(env, id);
}

/** Deletes queued server copies; returns how many are still waiting (offline, or the server refused). */
async function processTombstones(env: JournalEnv): Promise<number> {
  let waiting = 0;
  for (const tombstone of loadJournal(env.storage).tombstones) {
    try {
      if (tombstone.kind === 'entry') await api.deleteEntry(env.fetch, tombstone.id, tombstone.token);
      else await api.deleteShare(env.fetch, tombstone.id, tombstone.token);
      updateJournal(env.storage, (j) => removeTombstone(j, tombstone));
    } catch (error) {
      waiting++;
      if (error instanceof api.OfflineError) return loadJournal(env.storage).tombstones.length;
    }
  }
  return waiting;
}

export interface SyncSummary {
  uploaded: number;
  waiting: number;
  needsChoice: number;
  deletionsWaiting: number;
}

/** Finishes queued deletions, then uploads every entry still pending (e.g. written offline). */
export async function syncAll(env: JournalEnv): Promise<SyncSummary> {
  return withLock(env, async () => {
    // Most visits have nothing waiting: say so after one read (a long journal is a megabyte to parse each time).
    const before = loadJournal(env.storage);
    if (before.tombstones.length === 0 && !before.entries.some((e) => e.sync === 'pending'))
      return { uploaded: 0, waiting: 0, needsChoice: 0, deletionsWaiting: 0 };
    const summary: SyncSummary = {
      uploaded: 0,
      waiting: 0,
      needsChoice: 0,
      deletionsWaiting: await processTombstones(env),
    };
    for (const entry of loadJournal(env.storage).entries.filter((e) => e.sync === 'pending')) {
      try {
        const state = await uploadEntry(env, entry.localId);
        if (state === 'synced') summary.uploaded++;
        else if (state === 'pending') summary.waiting++;
        else if (state !== 'gone') summary.needsChoice++;
      } catch (error) {
        summary.waiting++;
        if (error instanceof api.OfflineError) break;
      }
    }
    summary.waiting = loadJournal(env.storage).entries.filter((e) => e.sync === 'pending').length;
    return summary;
  });
}

/** Resolves a conflict (or a copy changed on the server) by writing this device's version over it, knowingly. */
export async function keepThisVersion(env: JournalEnv, localId: string): Promise<SaveResult> {
  let known = true;
  const overServerCopy = (e: JournalEntry) => {
    known = e.serverRevision !== null;
    // Knowingly replacing the server's copy also accepts its numbering, even one lower than seen before (a rollback).
    Object.assign(e, {
      revision: e.serverRevision ?? e.revision,
      highestSeen: e.serverRevision ?? e.highestSeen,
      serverRevision: null,
      sync: 'pending',
    });
  };
  const result = await upload(env, localId, overServerCopy);
  // An entry from the first format may not know the server's revision yet: the first refusal taught it, so go again.
  return !known && result.state === 'conflict' ? upload(env, localId, overServerCopy) : result;
}

/** Resolves a conflict by taking the server's newer version onto this device. */
export async function useServerVersion(env: JournalEnv, localId: string): Promise<SyncState> {
  return withLock(env, async () => {
    const entry = readEntry(env, localId);
    if (!entry) return 'synced';
    // What the read teaches is kept only while the entry still has the id that was read (see patchAnswered).
    const settle = (change: (e: JournalEntry) => void): SyncState => {
      const stored = patchAnswered(env, entry, change);
      return stored === 'gone'
        ? 'synced'
        : stored === 'moved'
          ? (readEntry(env, localId)?.sync ?? 'synced')
          : stored.sync;
    };
    const found = await fetchCurrent(env, entry);
    if (found.kind === 'not-found') return settle((e) => void (e.sync = 'deleted-elsewhere'));
    let content: EntryContent;
    try {
      if (found.kind === 'rollback') throw new Error('rollback');
      content = await openServerCopy(journalKey(env), entry.id, found.payload, found.revision);
    } catch {
      return settle((e) => Object.assign(e, { sync: 'tampered', serverRevision: found.revision }));
    }
    const now = new Date().toISOString();
    return settle((e) => {
      Object.assign(e, {
        content,
        revision: found.revision,
        highestSeen: Math.max(e.highestSeen, found.revision),
        serverRevision: null,
        attempts: [],
        sync: 'synced',
        updatedAt: now,
      });
      e.edits++;
    });
  });
}

/** Uploads an entry deleted from the server elsewhere as a new server copy (fresh id and token; same entry here). */
export async function saveAgain(env: JournalEnv, localId: string): Promise<SaveResult> {
  return upload(env, localId, (e) => {
    if (e.sync === 'deleted-elsewhere')
      Object.assign(e, {
        id: newEntryId(),
        token: newToken(),
        revision: null,
        highestSeen: 0,
        serverRevision: null,
        attempts: [],
        sync: 'pending',
      });
  });
}

const tombstoneOf = (entry: JournalEntry): Tombstone => ({ kind: 'entry', id: entry.id, token: entry.token });

/**
 * Deletes one entry here and on the server, with the links shared from it. Returns how many server copies wait
 * for a connection to be deleted (this browser finishes them on its next sync).
 */
export async function deleteEntry(env: JournalEnv, localId: string): Promise<{ waiting: number }> {
  return withLock(env, async () => {
    const sharesLeft = updateJournal(env.storage, (j) => {
      const entry = j.entries.find((e) => e.localId === localId);
      if (entry) j.tombstones.push(tombstoneOf(entry));
      for (const share of j.shares.filter((s) => s.entryLocalId === localId))
        j.tombstones.push({ kind: 'share', id: share.id, token: share.token });
      j.entries = j.entries.filter((e) => e.localId !== localId);
      j.shares = j.shares.filter((s) => s.entryLocalId !== localId);
      return j.shares.map((s) => s.id);
    });
    // The replies to its links leave this browser with them.
    forgetRepliesExcept(env.storage, sharesLeft);
    return { waiting: await processTombstones(env) };
  });
}

/** Removes an entry from this device only (one already deleted from the server). */
export function forgetEntry(env: JournalEnv, localId: string): void {
  updateJournal(env.storage, (j) => void (j.entries = j.entries.filter((e) => e.localId !== localId)));
}

/**
 * Deletes every entry and share on the server (also ones whose create answer never arrived, and ones named by items
 * this version cannot read) and every trace here: journal, key, the mentor's replies, reflection drafts, the update
 * draft and the person's choices (guide, tone, the AI disclosure read). Server copies that cannot be reached now
 * stay queued (ids and tokens only, no key and no text) and are deleted on the next sync.
 */
export async function deleteEverything(env: JournalEnv): Promise<{ waiting: number }> {
  return withLock(env, async () => {
    updateJournal(env.storage, (j) => {
      const all = [
        ...j.entries.map(tombstoneOf),
        ...j.shares.map((s): Tombstone => ({ kind: 'share', id: s.id, token: s.token })),
        ...unreadableServerCopies(j),
      ];
      j.tombstones.push(...all);
      Object.assign(j, { key: null, entries: [], shares: [], unreadable: [] });
    });
    for (const key of storedKeysToDelete(env.storage)) env.storage.removeItem(key);
    const waiting = await processTombstones(env);
    // Nothing left to remember: no trace at all. Checked again here, in one synchronous step, because a tab without
    // Web Locks may have saved or shared meanwhile, and that must stay listed.
    const left = loadJournal(env.storage);
    if (!left.key && [left.entries, left.shares, left.tombstones, left.unreadable].every((list) => list.length === 0))
      env.storage.removeItem(JOURNAL_KEY);
    return { waiting };
  });
}
