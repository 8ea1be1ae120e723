// A small world for the journal's API tests: devices with their own localStorage, tabs that share it, networks that
// go offline or lose answers, and the server's endpoints reached through a fetch routed straight to the handlers.
import type { JournalEnv, KeyValueStorage, Locks } from '../../src/browser/journal/env';
import type { EntryContent } from '../../src/browser/journal/types';
import { localLocks } from '../../src/browser/journal/env';
import type { Fetch } from '../../src/browser/vault-api';
import { entries, fakeStores, shares, type StoredRecord } from './journal-fake-server';

export type { StoredRecord };
export type StoreName = 'entries' | 'shares';

/** What the tests read and (for tamper tests) rewrite behind the handlers' backs. */
export interface ServerStore {
  keys(name: StoreName): Promise<string[]>;
  read(name: StoreName, id: string): Promise<StoredRecord | undefined>;
  write(name: StoreName, id: string, record: StoredRecord): Promise<void>;
  /** Empties both stores (each model run starts from nothing). */
  clear(): Promise<void>;
}

export const serverStore: ServerStore = {
  keys: async (name) => [...fakeStores[name].keys()],
  read: async (name, id) => structuredClone(fakeStores[name].get(id)),
  write: async (name, id, record) => void fakeStores[name].set(id, structuredClone(record)),
  clear: async () => {
    fakeStores.entries.clear();
    fakeStores.shares.clear();
  },
};

/** The handler for a path, as Netlify routes it. */
function route(path: string): (req: Request) => Promise<Response> {
  if (path.startsWith('/api/entries')) return entries;
  if (path.startsWith('/api/shares')) return shares;
  throw new Error(`no handler for ${path}`);
}

/** Web Storage in memory: what one browser profile's localStorage is to its tabs. */
export function memoryStorage(): KeyValueStorage & { snapshot(): Record<string, string> } {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
    snapshot: () => Object.fromEntries(map),
  };
}

export interface Device {
  name: string;
  storage: ReturnType<typeof memoryStorage>;
  /** False: requests fail before they leave, as fetch does offline. */
  online: boolean;
  /** This many next requests reach the server, but their answers are lost on the way back. */
  loseAnswers: number;
  /** The next answer waits for this before it arrives (see holdNextAnswer). */
  hold: Promise<void> | null;
  /** How many requests are under way at once, at most: with Web Locks, one per browser. */
  maxInFlight: number;
  /** Requests sent so far. */
  requests: number;
  tabs: JournalEnv[];
}

export interface DeviceOptions {
  tabs?: number;
  /** Use Node's Web Locks (scoped to this device); false gives each tab its own in-page queue, as where they are absent. */
  webLocks?: boolean;
  /** Wraps each network call, e.g. to let fast-check's scheduler decide when answers arrive. */
  schedule?: <T>(call: () => Promise<T>) => Promise<T>;
}

export function newDevice(name: string, options: DeviceOptions = {}): Device {
  const device: Device = { name, storage: memoryStorage(), online: true, loseAnswers: 0, hold: null, maxInFlight: 0, requests: 0, tabs: [] };
  const schedule = options.schedule ?? ((call) => call());
  let inFlight = 0;
  const fetcher: Fetch = async (path, init) => {
    device.maxInFlight = Math.max(device.maxInFlight, ++inFlight);
    device.requests++;
    try {
      return await schedule(async () => {
        if (!device.online) throw new TypeError('Failed to fetch');
        const response = await route(path)(new Request(`http://localhost${path}`, init));
        const hold = device.hold;
        device.hold = null;
        if (hold) await hold;
        if (device.loseAnswers > 0) {
          device.loseAnswers--;
          throw new TypeError('network error: the answer was lost');
        }
        return response;
      });
    } finally {
      inFlight--;
    }
  };
  const deviceLocks: Locks = { request: (lock, callback) => navigator.locks.request(`${name}/${lock}`, callback) };
  for (let i = 0; i < (options.tabs ?? 1); i++) {
    device.tabs.push({ storage: device.storage, locks: options.webLocks === false ? localLocks() : deviceLocks, fetch: fetcher, origin: 'http://localhost' });
  }
  return device;
}

/** Holds back the device's next answer (the server has already acted) until the returned function is called. */
export function holdNextAnswer(device: Device): () => void {
  let release = () => {};
  device.hold = new Promise<void>((resolve) => (release = resolve));
  return release;
}

/** The first tab of a device (most tests need only one). */
export const tab = (device: Device) => device.tabs[0] as JournalEnv;

/** A one-prompt reflection whose answer is `text`. */
export const content = (text: string): EntryContent => ({
  v: 1,
  setId: 'after-the-meeting',
  setTitle: 'After the meeting',
  prompts: [{ id: 'what-stuck', text: 'What stayed with you?' }],
  answers: { 'what-stuck': { answer: text, followUps: [] } },
  summary: null,
  savedAt: '2026-11-25T10:00:00.000Z',
});
