// Every name this site uses in the browser's storage, and the lock its tabs share, in one place: "Delete everything"
// removes what storedKeysToDelete lists, so a new item is forgotten by nobody once it is written here.

/** The journal (format 2): entries, shares, tombstones and the journal key. Removed last, once nothing is left. */
export const JOURNAL_KEY = 'lodestar:journal:2';
/** The first journal format's item: read once, merged in, and removed on the next write. */
export const LEGACY_JOURNAL_KEY = 'lodestar:journal';
/** One reflection draft per prompt set: `lodestar:draft:<setId>`. */
export const DRAFT_PREFIX = 'lodestar:draft:';
/** The person's choices (guide, tone, whether they have read the AI disclosure). */
export const PREFS_KEY = 'lodestar:prefs';
/** The update for a mentor being written on /journal/. */
export const UPDATE_DRAFT_KEY = 'lodestar:update-draft';
/** A copy of the mentor's replies to this journal's shares, by share id, so they read offline. */
export const REPLIES_KEY = 'lodestar:replies:1';

/** The one Web Lock every tab of this browser takes before it uploads, deletes or imports. */
export const JOURNAL_LOCK = 'lodestar:journal';

export const draftKey = (setId: string) => `${DRAFT_PREFIX}${setId}`;

/** Every key of this browser's reflection drafts. */
export function draftKeys(storage: Pick<Storage, 'key' | 'length'>): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * What "Delete everything" removes outright: every draft, the update draft, the replies' copy and the person's
 * choices. The journal's own items are emptied by the journal first, and removed once nothing is waiting in them.
 */
export const storedKeysToDelete = (storage: Pick<Storage, 'key' | 'length'>): string[] => [
  ...draftKeys(storage),
  UPDATE_DRAFT_KEY,
  REPLIES_KEY,
  PREFS_KEY,
];
