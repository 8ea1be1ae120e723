// What the journal needs from the browser, passed in rather than reached for: storage, cross-tab locks, fetch and
// the site's origin. The islands use browserEnv(); the sync model test gives each simulated tab and device its own.
import type { Fetch } from '../vault-api';

/** The part of the Web Storage API the journal uses. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The part of the Web Locks API the journal uses: an exclusive lock held while `callback` runs. */
export interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface JournalEnv {
  storage: KeyValueStorage;
  locks: Locks;
  fetch: Fetch;
  origin: string;
}

/**
 * Where Web Locks are missing, a queue inside this page. Other tabs are then not held back; what keeps them from
 * harm is the server's conditions (a retried create meets its own entry, an update names its revision).
 */
export function localLocks(): Locks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(callback, callback);
      const tail = run.catch(() => undefined);
      tails.set(name, tail);
      void tail.then(() => tails.get(name) === tail && tails.delete(name));
      return run;
    },
  };
}

/** A storage that forgets on reload: only where the browser refuses localStorage (e.g. privacy settings). */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

let fallbackLocks: Locks | undefined;

export function browserEnv(): JournalEnv {
  let storage: KeyValueStorage;
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = memoryStorage();
  }
  const webLocks = globalThis.navigator?.locks;
  const locks: Locks = webLocks
    ? { request: (name, callback) => webLocks.request(name, callback) }
    : (fallbackLocks ??= localLocks());
  return { storage, locks, fetch: (input, init) => fetch(input, init), origin: location.origin };
}
