// The journal in localStorage: validated item by item, unreadable items kept, the first format migrated.
import { describe, expect, it } from 'vitest';
import { draftKeys, JOURNAL_KEY, LEGACY_JOURNAL_KEY } from '../../src/browser/storage-keys';
import {
  loadJournal,
  removeUnreadable,
  StorageFullError,
  unreadableServerCopies,
  updateJournal,
} from '../../src/browser/journal/store';
import type { JournalEntry } from '../../src/browser/journal/types';
import { content, memoryStorage } from './journal-fixtures';

const ID = 'A'.repeat(22);
const TOKEN = 'B'.repeat(43);
const entry = (localId: string): JournalEntry => ({
  localId,
  id: ID,
  token: TOKEN,
  revision: 2,
  highestSeen: 2,
  serverRevision: null,
  edits: 1,
  attempts: [],
  sync: 'synced',
  content: content('hello'),
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
});

function storageWith(values: Record<string, unknown>) {
  const storage = memoryStorage();
  for (const [key, value] of Object.entries(values))
    storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
}

describe('loading the journal', () => {
  it('is empty when nothing is stored', () => {
    expect(loadJournal(memoryStorage())).toEqual({
      v: 2,
      key: null,
      entries: [],
      shares: [],
      tombstones: [],
      unreadable: [],
    });
  });

  it('keeps one bad entry as unreadable and reads the rest', () => {
    const bad = { ...entry('bad'), content: { v: 1, answers: 'not an object' } };
    const storage = storageWith({
      [JOURNAL_KEY]: { v: 2, key: 'k', entries: [entry('good'), bad], shares: [], tombstones: [], unreadable: [] },
    });
    const journal = loadJournal(storage);
    expect(journal.entries.map((e) => e.localId)).toEqual(['good']);
    expect(journal.unreadable).toEqual([JSON.stringify(bad)]);
  });

  it('keeps a journal that is not JSON at all, whole, as one unreadable item', () => {
    const journal = loadJournal(storageWith({ [JOURNAL_KEY]: '{"v":2, "entries": [' }));
    expect(journal.entries).toEqual([]);
    expect(journal.unreadable).toEqual(['{"v":2, "entries": [']);
  });

  it('writes unreadable items back untouched, and removes one only when asked', () => {
    const storage = storageWith({
      [JOURNAL_KEY]: {
        v: 2,
        key: 'k',
        entries: [entry('good'), { broken: true }],
        shares: [],
        tombstones: [],
        unreadable: [],
      },
    });
    updateJournal(storage, (j) => void (j.key = 'k2'));
    expect(loadJournal(storage)).toMatchObject({ key: 'k2', unreadable: ['{"broken":true}'] });
    removeUnreadable(storage, 0);
    expect(loadJournal(storage).unreadable).toEqual([]);
    expect(loadJournal(storage).entries).toHaveLength(1);
  });

  it('migrates the first format: uploaded entries keep id, token and revision; others get theirs now', () => {
    const legacy = {
      v: 1,
      key: 'k',
      entries: [
        {
          localId: 'up',
          serverId: ID,
          ownerToken: TOKEN,
          revision: 3,
          sync: 'synced',
          content: content('up'),
          createdAt: '',
          updatedAt: '',
        },
        {
          localId: 'local',
          serverId: null,
          ownerToken: null,
          revision: null,
          sync: 'pending',
          content: content('local'),
          createdAt: '',
          updatedAt: '',
        },
      ],
      shares: [
        {
          id: 'C'.repeat(22),
          ownerToken: 'D'.repeat(43),
          link: 'l',
          expiresAt: 'e',
          createdAt: '',
          entryLocalId: null,
          setTitle: 't',
        },
      ],
    };
    const storage = storageWith({ [LEGACY_JOURNAL_KEY]: legacy });
    const journal = loadJournal(storage);
    expect(journal.entries[0]).toMatchObject({
      localId: 'up',
      id: ID,
      token: TOKEN,
      revision: 3,
      highestSeen: 3,
      sync: 'synced',
    });
    expect(journal.entries[1]).toMatchObject({ localId: 'local', revision: null, sync: 'pending' });
    expect(journal.entries[1]?.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(journal.shares[0]).toMatchObject({ id: 'C'.repeat(22), token: 'D'.repeat(43) });
    updateJournal(storage, () => {});
    expect(storage.getItem(LEGACY_JOURNAL_KEY)).toBeNull();
    expect(loadJournal(storage).entries).toHaveLength(2);
  });

  it('finds the server copies unreadable items still name, so "Delete everything" reaches them', () => {
    const journal = loadJournal(
      storageWith({
        [JOURNAL_KEY]: {
          v: 2,
          entries: [{ id: ID, token: TOKEN, content: 'damaged' }],
          shares: [],
          tombstones: [],
          unreadable: ['nonsense'],
        },
      }),
    );
    expect(unreadableServerCopies(journal)).toEqual([{ kind: 'entry', id: ID, token: TOKEN }]);
  });
});

describe('writing the journal', () => {
  it('says in a sentence when the browser refuses to store it', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => updateJournal(full, () => {})).toThrow(StorageFullError);
    expect(() => updateJournal(full, () => {})).toThrow('This browser would not store your journal');
  });

  it('lists the reflection drafts, and only those', () => {
    expect(draftKeys(storageWith({ 'lodestar:draft:a': {}, 'lodestar:prefs': {}, 'lodestar:draft:b': {} }))).toEqual([
      'lodestar:draft:a',
      'lodestar:draft:b',
    ]);
  });
});
