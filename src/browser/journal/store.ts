// The journal in this browser's localStorage: validated reads, whole-journal writes, and the first format's
// migration. One damaged or unknown item never hides the rest: it is kept as unreadable until the person removes it.
import { ID_BYTES, OWNER_TOKEN_BYTES } from '../../shared/model/ids';
import { isObject } from '../../shared/model/plain';
import { JOURNAL_KEY, LEGACY_JOURNAL_KEY } from '../storage-keys';
import { randomBase64Url } from '../vault-crypto';
import type { KeyValueStorage } from './env';
import type { Journal, Tombstone } from './types';
import { isEntry, isShare, isTombstone, migrateV1Entry, migrateV1Share, salvageServerCopies } from './validate';

export const newEntryId = () => randomBase64Url(ID_BYTES);
export const newToken = () => randomBase64Url(OWNER_TOKEN_BYTES);

/** The browser refused to store the journal (full or disabled storage). */
export class StorageFullError extends Error {
  constructor() {
    super(
      'This browser would not store your journal (its storage may be full or turned off). Export your reflection to keep a copy.',
    );
    this.name = 'StorageFullError';
  }
}

export const emptyJournal = (): Journal => ({
  v: 2,
  key: null,
  entries: [],
  shares: [],
  tombstones: [],
  unreadable: [],
});

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // not JSON at all: kept whole as one unreadable item
  }
}

function readCurrent(raw: unknown, journal: Journal): void {
  if (raw === undefined) return;
  if (!isObject(raw) || raw['v'] !== 2) {
    journal.unreadable.push(asText(raw));
    return;
  }
  if (typeof raw['key'] === 'string') journal.key = raw['key'];
  const list = (name: string) => (Array.isArray(raw[name]) ? (raw[name] as unknown[]) : []);
  for (const item of list('entries'))
    isEntry(item) ? journal.entries.push(item) : journal.unreadable.push(asText(item));
  for (const item of list('shares')) isShare(item) ? journal.shares.push(item) : journal.unreadable.push(asText(item));
  for (const item of list('tombstones')) if (isTombstone(item)) journal.tombstones.push(item);
  for (const item of list('unreadable')) journal.unreadable.push(asText(item));
}

/** Merges the first format: entries and shares this journal does not hold yet; a different key cannot be merged. */
function readLegacy(raw: unknown, journal: Journal): void {
  if (raw === undefined) return;
  if (
    !isObject(raw) ||
    raw['v'] !== 1 ||
    (journal.key !== null && typeof raw['key'] === 'string' && raw['key'] !== journal.key)
  ) {
    journal.unreadable.push(asText(raw));
    return;
  }
  if (typeof raw['key'] === 'string') journal.key ??= raw['key'];
  for (const item of Array.isArray(raw['entries']) ? (raw['entries'] as unknown[]) : []) {
    const entry = migrateV1Entry(item, newEntryId, newToken);
    if (!entry) journal.unreadable.push(asText(item));
    else if (!journal.entries.some((e) => e.localId === entry.localId)) journal.entries.push(entry);
  }
  for (const item of Array.isArray(raw['shares']) ? (raw['shares'] as unknown[]) : []) {
    const share = migrateV1Share(item);
    if (!share) journal.unreadable.push(asText(item));
    else if (!journal.shares.some((s) => s.id === share.id)) journal.shares.push(share);
  }
}

/** Reads the journal; never throws, whatever localStorage holds. */
export function loadJournal(storage: KeyValueStorage): Journal {
  const journal = emptyJournal();
  try {
    readCurrent(parse(storage.getItem(JOURNAL_KEY)), journal);
    readLegacy(parse(storage.getItem(LEGACY_JOURNAL_KEY)), journal);
  } catch {
    // storage itself refused to be read: an empty journal for this page view
  }
  return journal;
}

/** Writes the whole journal (and retires the first format's key, whose content it now holds). */
export function writeJournal(storage: KeyValueStorage, journal: Journal): void {
  try {
    storage.setItem(JOURNAL_KEY, JSON.stringify(journal));
    storage.removeItem(LEGACY_JOURNAL_KEY);
  } catch {
    throw new StorageFullError();
  }
}

/**
 * Re-reads, changes and writes back in one synchronous step, so a change made by another tab in between is never
 * undone (no await can run between the read and the write).
 */
export function updateJournal<T>(storage: KeyValueStorage, change: (journal: Journal) => T): T {
  const journal = loadJournal(storage);
  const result = change(journal);
  writeJournal(storage, journal);
  return result;
}

/**
 * Forgets one queued deletion, the one just confirmed. Only that one: an equal tombstone queued meanwhile (a tab
 * without Web Locks whose create landed after this DELETE was answered) must still be sent.
 */
export function removeTombstone(journal: Journal, done: Tombstone): void {
  const index = journal.tombstones.findIndex((t) => t.kind === done.kind && t.id === done.id && t.token === done.token);
  if (index >= 0) journal.tombstones.splice(index, 1);
}

/** Removes one unreadable item, after the person chose to (they may have downloaded it first). */
export function removeUnreadable(storage: KeyValueStorage, index: number): void {
  updateJournal(storage, (j) => void j.unreadable.splice(index, 1));
}

/** Server copies that unreadable items still point at: "Delete everything" deletes those too. */
export function unreadableServerCopies(journal: Journal): Tombstone[] {
  return journal.unreadable.flatMap((text) => salvageServerCopies(parse(text)));
}
