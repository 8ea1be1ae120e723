// Property-based model of the journal's sync: two tabs of one browser (shared localStorage, Web Locks or not) and a
// second device restored from the recovery code run random programs — create, edit, delete, share, resolve, go
// offline and online, lose answers — interleaved by fast-check's scheduler against the endpoints. Then everyone
// syncs, and the invariants are checked; then "Delete everything" must leave nothing of the journal on the server.
// Every reflection carries commitments, and tabs and devices mark them: no acknowledged commitment change is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateCommitment } from '../../src/browser/journal/commitments';
import { importRecoveryCode, recoveryCode } from '../../src/browser/journal/recovery';
import { revokeShare, shareSummary } from '../../src/browser/journal/shares';
import { loadJournal } from '../../src/browser/journal/store';
import {
  deleteEntry,
  deleteEverything,
  forgetEntry,
  keepThisVersion,
  saveAgain,
  saveEntry,
  syncAll,
  useServerVersion,
} from '../../src/browser/journal/sync';
import type { CommitmentState } from '../../src/shared/model/commitment-state';
import type { EntryContent } from '../../src/shared/model/entry-content';
import { ApiError, OfflineError } from '../../src/browser/vault-api';
import { checkCommitments, serverCopy, type CommitmentRecord } from './sync-model-commitments';
import { contentWithSteps as content, newDevice, serverStore, type Device, useServer } from './journal-world';

useServer();

type Op =
  | { kind: 'create' | 'sync' | 'offline' | 'online' | 'delete-everything' }
  | { kind: 'lose'; answers: number }
  | { kind: 'edit' | 'delete' | 'share' | 'revoke'; pick: number }
  | { kind: 'resolve'; pick: number; keep: boolean }
  | { kind: 'mark'; pick: number; which: number; state: CommitmentState };

// Which entry or link an op picks (modulo how many there are): often the first, so tabs and devices collide on it.
const pick = fc.oneof(fc.constant(0), fc.nat(3));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'create' as const }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('resolve' as const), pick, keep: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('share' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revoke' as const), pick }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'sync' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'offline' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'online' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('lose' as const), answers: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete-everything' as const }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('mark' as const),
      pick,
      which: fc.nat(2),
      state: fc.constantFrom<CommitmentState>('open', 'done', 'dropped'),
    }),
  },
);

/** What the run has seen: (entry id, revision) → the one text acknowledged there; keys; deleted ids; who wrote what. */
interface RunRecord {
  acked: Map<string, string>;
  keys: Set<string>;
  deleted: Set<string>;
  /** Entry id → the devices that saved it: a conflict needs two. */
  writers: Map<string, Set<string>>;
  marker: number;
}

type Record = RunRecord & CommitmentRecord;

function wrote(record: Record, device: Device, localId: string | undefined): void {
  const id = loadJournal(device.storage).entries.find((e) => e.localId === localId)?.id;
  if (id) record.writers.set(id, (record.writers.get(id) ?? new Set()).add(device.name));
}

const markerOf = (c: EntryContent) => c.answers['what-stuck']?.answer ?? '';

/** Notes every entry a device holds as synced: the device was told the server has that text at that revision. */
function observe(device: Device, record: Record): void {
  const journal = loadJournal(device.storage);
  if (journal.key) record.keys.add(journal.key);
  for (const e of journal.entries.filter((x) => x.sync === 'synced' && x.revision !== null)) {
    const slot = `${e.id}@${e.revision}`;
    const before = record.acked.get(slot);
    if (before !== undefined && before !== markerOf(e.content))
      throw new Error(`two texts acknowledged at ${slot}: ${before} and ${markerOf(e.content)}`);
    record.acked.set(slot, markerOf(e.content));
    for (const c of e.content.commitments ?? [])
      record.commitmentAcks.push({ id: c.id, updatedAt: c.updatedAt, entryId: e.id, revision: e.revision ?? 0 });
  }
}

/** No answer, or the server's "try again in a moment" (503, which the local store gives under load): not a bug. */
const transient = (error: unknown) =>
  error instanceof OfflineError || (error instanceof ApiError && error.status === 503);

/** Syncs every device until nothing waits (a 503 under load may leave something for the next round). */
async function quiesce(devices: Device[], waitFor: <T>(p: Promise<T>) => Promise<T>): Promise<void> {
  for (let round = 0; round < 5; round++) {
    for (const device of devices) await waitFor(syncAll(device.tabs[0]!));
    const journals = devices.map((d) => loadJournal(d.storage));
    if (journals.every((j) => j.tombstones.length === 0 && j.entries.every((e) => e.sync !== 'pending'))) return;
  }
}

/** "Delete everything" on a device, again while a 503 leaves server copies queued. */
async function deleteAll(device: Device, waitFor: <T>(p: Promise<T>) => Promise<T>): Promise<number> {
  let waiting = (await waitFor(deleteEverything(device.tabs[0]!))).waiting;
  for (let round = 0; round < 5 && waiting > 0; round++)
    waiting = (await waitFor(syncAll(device.tabs[0]!))).deletionsWaiting;
  return waiting;
}

async function run(device: Device, tabIndex: number, ops: Op[], record: Record): Promise<void> {
  const env = device.tabs[tabIndex]!;
  const nth = (n: number) => {
    const entries = loadJournal(device.storage).entries;
    return entries.length ? entries[n % entries.length] : undefined;
  };
  for (const op of ops) {
    try {
      if (op.kind === 'create')
        wrote(record, device, (await saveEntry(env, content(`m${record.marker++}`), null)).localId);
      else if (op.kind === 'edit') {
        wrote(record, device, nth(op.pick)?.localId);
        wrote(
          record,
          device,
          (await saveEntry(env, content(`m${record.marker++}`), nth(op.pick)?.localId ?? null)).localId,
        );
      } else if (op.kind === 'mark') {
        const entry = nth(op.pick);
        const commitment = entry?.content.commitments?.[op.which % (entry.content.commitments.length || 1)];
        if (entry && commitment) {
          wrote(record, device, entry.localId);
          await updateCommitment(env, entry.localId, commitment.id, { state: op.state, note: `n${record.marker++}` });
        }
      } else if (op.kind === 'sync') await syncAll(env);
      else if (op.kind === 'offline') device.online = false;
      else if (op.kind === 'online') device.online = true;
      else if (op.kind === 'lose') device.loseAnswers += op.answers;
      else if (op.kind === 'delete-everything') {
        for (const e of loadJournal(device.storage).entries) record.deleted.add(e.id);
        await deleteEverything(env);
      } else if (op.kind === 'delete') {
        const entry = nth(op.pick);
        if (entry) record.deleted.add(entry.id);
        if (entry) await deleteEntry(env, entry.localId);
      } else if (op.kind === 'share')
        await shareSummary(
          env,
          { setTitle: 'T', summary: 'S', source: 'built-in', note: '' },
          7,
          nth(op.pick)?.localId ?? null,
        );
      else if (op.kind === 'revoke') {
        const shares = loadJournal(device.storage).shares;
        if (shares.length) await revokeShare(env, shares[op.pick % shares.length]!.id);
      } else if (op.kind === 'resolve') {
        const entry = nth(op.pick);
        if (entry?.sync === 'conflict' && op.keep)
          record.keptOver.set(entry.id, Math.max(record.keptOver.get(entry.id) ?? 0, entry.serverRevision ?? Infinity));
        if (entry?.sync === 'conflict')
          await (op.keep ? keepThisVersion(env, entry.localId) : useServerVersion(env, entry.localId));
        if (entry?.sync === 'deleted-elsewhere')
          await (op.keep ? saveAgain(env, entry.localId) : Promise.resolve(forgetEntry(env, entry.localId)));
      }
    } catch (error) {
      if (!transient(error)) throw error;
    }
    observe(device, record);
  }
}

async function serverMarker(id: string, keys: Set<string>): Promise<{ revision: number; marker: string }> {
  const { revision, content } = await serverCopy(id, keys);
  return { revision, marker: markerOf(content) };
}

async function checkInvariants(devices: Device[], record: Record): Promise<void> {
  const journals = devices.map((d) => loadJournal(d.storage));
  for (const [index, j] of journals.entries()) {
    expect(j.tombstones).toEqual([]);
    for (const e of j.entries) expect(['synced', 'conflict', 'deleted-elsewhere']).toContain(e.sync);
    // A device never conflicts with itself: only another device's save can be the "newer version".
    for (const e of j.entries.filter((x) => x.sync === 'conflict'))
      expect([...(record.writers.get(e.id) ?? [])].filter((name) => name !== devices[index]?.name)).not.toEqual([]);
  }
  // No server copy outside the journal's index.
  const indexed = new Set(journals.flatMap((j) => [...j.entries.map((e) => e.id), ...j.shares.map((s) => s.id)]));
  for (const name of ['entries', 'shares'] as const) {
    for (const id of await serverStore.keys(name))
      expect(indexed, `${name}/${id} is on the server but in no journal`).toContain(id);
  }
  // Every acknowledged save is on the server, or superseded by a later acknowledged one (or deliberately deleted).
  const latest = new Map<string, number>();
  for (const slot of record.acked.keys()) {
    const [id = '', revision = '0'] = slot.split('@');
    latest.set(id, Math.max(latest.get(id) ?? 0, Number(revision)));
  }
  for (const [id, revision] of latest) {
    if (record.deleted.has(id)) continue;
    const onServer = await serverMarker(id, record.keys);
    expect(onServer.revision).toBeGreaterThanOrEqual(revision);
    expect(record.acked.get(`${id}@${onServer.revision}`)).toBe(onServer.marker);
  }
}

/** Tabs and devices saving, editing and resolving in any order the scheduler picks; the invariants checked after. */
const syncProperty = fc.asyncProperty(
  fc.scheduler(),
  fc.boolean(),
  fc.array(fc.array(opArb, { maxLength: 8 }), { minLength: 3, maxLength: 3 }),
  async (s, webLocks, programs) => {
    await serverStore.clear();
    // The scheduler decides when each request leaves and when its answer arrives, so tabs and devices interleave.
    const schedule = <T>(call: () => Promise<T>) =>
      s.schedule(Promise.resolve(), 'request').then(() => {
        const answer = call();
        answer.catch(() => {}); // a failure is delivered when the scheduler releases it, not reported before
        return s.schedule(answer, 'answer');
      });
    const laptop = newDevice('laptop', { tabs: 2, webLocks, schedule });
    const phone = newDevice('phone', { webLocks, schedule });
    const record: Record = {
      acked: new Map(),
      keys: new Set(),
      deleted: new Set(),
      writers: new Map(),
      marker: 0,
      commitmentAcks: [],
      keptOver: new Map(),
    };
    wrote(record, laptop, (await s.waitFor(saveEntry(laptop.tabs[0]!, content(`m${record.marker++}`), null))).localId);
    await s.waitFor(importRecoveryCode(phone.tabs[0]!, recoveryCode(loadJournal(laptop.storage))));
    observe(laptop, record);
    await s.waitFor(
      Promise.all([
        run(laptop, 0, programs[0]!, record),
        run(laptop, 1, programs[1]!, record),
        run(phone, 0, programs[2]!, record),
      ]),
    );

    for (const device of [laptop, phone]) Object.assign(device, { online: true, loseAnswers: 0 });
    const waitFor = <T>(p: Promise<T>) => s.waitFor(p);
    await quiesce([laptop, phone], waitFor);
    for (const device of [laptop, phone]) observe(device, record);
    await checkInvariants([laptop, phone], record);
    await checkCommitments([laptop, phone], record);
    // Tabs coordinate: with Web Locks, one browser never has two requests under way at once.
    if (webLocks) expect([laptop.maxInFlight, phone.maxInFlight]).toEqual([1, 1]);

    const laptopIds = loadJournal(laptop.storage).entries.map((e) => e.id);
    expect(await deleteAll(laptop, waitFor)).toBe(0);
    for (const id of laptopIds) expect(await serverStore.read('entries', id)).toBeUndefined();
    expect(await deleteAll(phone, waitFor)).toBe(0);
    // Only tombstones are left (keys leaves them out): ids and times, no ciphertext and no token.
    expect([...(await serverStore.keys('entries')), ...(await serverStore.keys('shares'))]).toEqual([]);
  },
);

describe('journal sync model', () => {
  it('keeps every acknowledged save, makes no orphans, and deletes everything', async () => {
    await fc.assert(syncProperty, {
      numRuns: Number(process.env.SYNC_MODEL_RUNS ?? 100),
      // Replaying a counterexample: SYNC_MODEL_SEED and SYNC_MODEL_PATH as fast-check printed them.
      ...(process.env.SYNC_MODEL_SEED ? { seed: Number(process.env.SYNC_MODEL_SEED), endOnFailure: true } : {}),
      ...(process.env.SYNC_MODEL_PATH ? { path: process.env.SYNC_MODEL_PATH } : {}),
    });
  }, 120_000);

  // Found by the model in CI under load (seed -2122802030, path 66:16:11:0): without Web Locks, a tab asked the server
  // again after a slow answer, another tab learnt a newer revision while that request was on its way, and the answer
  // was taken for a rollback ("tampered"). Replays on the code before the fix and fails there.
  it('replays: a revision learnt while a second read is on its way is no rollback', async () => {
    await fc.assert(syncProperty, { seed: -2122802030, path: '66:16:11:0', endOnFailure: true });
  });
});
