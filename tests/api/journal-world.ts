// A small world for the journal's API tests: devices with their own localStorage, tabs that share it, networks that
// go offline or lose answers, and the real entries and shares handlers reached through a fetch routed straight to
// them, over a real local Blobs server (tests/support/blobs).
import { getStore } from '@netlify/blobs';
import type { Context } from '@netlify/functions';
import { afterAll, beforeAll } from 'vitest';
import entries from '../../netlify/functions/entries.mts';
import shares from '../../netlify/functions/shares.mts';
import type { JournalEnv, Locks } from '../../src/browser/journal/env';
import { localLocks } from '../../src/browser/journal/env';
import type { Fetch } from '../../src/browser/vault-api';
import { useLocalBlobs } from '../support/blobs';
import { content, memoryStorage } from '../unit/journal-fixtures';

export { content, memoryStorage } from '../unit/journal-fixtures';

export type StoredRecord = Record<string, unknown>;
export type StoreName = 'entries' | 'shares';

/** Starts a local Blobs server for the test file (and points the handlers at it). */
export const useServer = () => useLocalBlobs({ beforeAll, afterAll });

const blobStore = (name: StoreName) => getStore({ name, consistency: 'strong' });

const rawRead = async (name: StoreName, id: string) =>
  ((await blobStore(name).get(id, { type: 'json' })) as StoredRecord | null) ?? undefined;
const rawKeys = async (name: StoreName) => (await blobStore(name).list()).blobs.map((b) => b.key);
/** A deleted entry's or an ended share's tombstone: the id and the time, nothing the journal wrote. */
const isTombstone = (record: StoredRecord | undefined) => record?.['tombstone'] === true;

/**
 * What the tests read, and (for tamper tests) rewrite, behind the handlers' backs: the stores themselves. A
 * tombstone holds nothing of the journal, so `read` and `keys` leave it out; `tombstones` lists them.
 */
export const serverStore = {
  /** Ids that hold an entry or share (not a tombstone). */
  keys: async (name: StoreName): Promise<string[]> => {
    const keys = await rawKeys(name);
    const records = await Promise.all(keys.map((key) => rawRead(name, key)));
    return keys.filter((_, i) => !isTombstone(records[i]));
  },
  /** The record at `id`; undefined when there is none or only a tombstone. */
  read: async (name: StoreName, id: string): Promise<StoredRecord | undefined> => {
    const record = await rawRead(name, id);
    return isTombstone(record) ? undefined : record;
  },
  /** The tombstone at `id`, when that is what stands there. */
  tombstone: async (name: StoreName, id: string): Promise<StoredRecord | undefined> => {
    const record = await rawRead(name, id);
    return isTombstone(record) ? record : undefined;
  },
  write: async (name: StoreName, id: string, record: StoredRecord): Promise<void> =>
    void (await blobStore(name).setJSON(id, record)),
  /** Empties both stores, tombstones included (each model run starts from nothing). */
  clear: async (): Promise<void> => {
    for (const name of ['entries', 'shares'] as const)
      for (const key of await rawKeys(name)) await blobStore(name).delete(key);
  },
};

/** The handler for a path, as Netlify routes it; the handlers read nothing from the context. */
function route(path: string): (req: Request, context: Context) => Promise<Response> {
  if (path.startsWith('/api/entries')) return entries;
  if (path.startsWith('/api/shares')) return shares;
  throw new Error(`no handler for ${path}`);
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
  /** The next request waits for this before it reaches the server (see holdNextRequest). */
  holdRequest: Promise<void> | null;
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
  const device: Device = {
    name,
    storage: memoryStorage(),
    online: true,
    loseAnswers: 0,
    hold: null,
    holdRequest: null,
    maxInFlight: 0,
    requests: 0,
    tabs: [],
  };
  const schedule = options.schedule ?? ((call) => call());
  let inFlight = 0;
  const fetcher: Fetch = async (path, init) => {
    device.maxInFlight = Math.max(device.maxInFlight, ++inFlight);
    device.requests++;
    try {
      return await schedule(async () => {
        const holdRequest = device.holdRequest;
        device.holdRequest = null;
        if (holdRequest) await holdRequest;
        if (!device.online) throw new TypeError('Failed to fetch');
        const response = await route(path)(new Request(`http://localhost${path}`, init), {} as Context);
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
    device.tabs.push({
      storage: device.storage,
      locks: options.webLocks === false ? localLocks() : deviceLocks,
      fetch: fetcher,
      origin: 'http://localhost',
    });
  }
  return device;
}

/** Holds back the device's next answer (the server has already acted) until the returned function is called. */
export function holdNextAnswer(device: Device): () => void {
  let release = () => {};
  device.hold = new Promise<void>((resolve) => (release = resolve));
  return release;
}

/** Holds back the device's next request (before the server sees it) until the returned function is called. */
export function holdNextRequest(device: Device): () => void {
  let release = () => {};
  device.holdRequest = new Promise<void>((resolve) => (release = resolve));
  return release;
}

/** The first tab of a device (most tests need only one). */
export const tab = (device: Device) => device.tabs[0] as JournalEnv;

/** A reflection whose summary has three "Next steps", so every save carries three commitments. */
export const contentWithSteps = (text: string) => ({
  ...content(text),
  summary: {
    text: '## Next steps\n\n- Ask Sam about the launch\n- Read the design doc\n- Book a pairing session\n',
    source: 'built-in' as const,
    createdAt: '2026-11-25T10:00:00.000Z',
  },
});
