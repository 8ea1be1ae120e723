// The journal's sync against the entries and shares endpoints: creates that survive lost answers, saves that never
// conflict with themselves, refusals that teach the revision, deletions that leave nothing behind.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadJournal } from '../../src/browser/journal/store';
import { importRecoveryCode, protectedRecoveryCode } from '../../src/browser/journal/recovery';
import { shareSummary } from '../../src/browser/journal/shares';
import {
  deleteEverything,
  deleteEntry,
  keepThisVersion,
  saveAgain,
  saveEntry,
  syncAll,
  useServerVersion,
} from '../../src/browser/journal/sync';
import type { EntryContent } from '../../src/shared/model/entry-content';
import { entryAad, type SealedPayload } from '../../src/shared/model/sealed-payload';
import { decryptJson } from '../../src/browser/vault-crypto';
import {
  content,
  holdNextAnswer,
  holdNextRequest,
  newDevice,
  serverStore,
  tab,
  type Device,
  useServer,
} from './journal-world';

useServer();

const entryOf = (device: Device, localId: string) =>
  loadJournal(device.storage).entries.find((e) => e.localId === localId);

/** The text of an entry as the server holds it, decrypted with the journal's key at the server's revision. */
async function serverText(device: Device, localId: string): Promise<string> {
  const entry = entryOf(device, localId);
  const record = entry && (await serverStore.read('entries', entry.id));
  if (!entry || !record) return '(absent)';
  const opened = (await decryptJson(
    loadJournal(device.storage).key ?? '',
    record['payload'] as SealedPayload,
    entryAad(entry.id, record['revision'] as number),
  )) as EntryContent;
  return opened.answers['what-stuck']?.answer ?? '';
}

/** A second device restored from the first one's recovery code. */
async function secondDevice(first: Device): Promise<Device> {
  const other = newDevice('other');
  await importRecoveryCode(
    tab(other),
    await protectedRecoveryCode(loadJournal(first.storage), 'correct horse', 1_000),
    'correct horse',
  );
  return other;
}

let device: Device;
beforeEach(() => {
  device = newDevice('laptop', { tabs: 2 });
});

describe('saving', () => {
  it('creates the entry under an id chosen in the browser, bound to revision 1', async () => {
    const saved = await saveEntry(tab(device), content('first'), null);
    expect(saved).toMatchObject({ state: 'synced', revision: 1 });
    expect(entryOf(device, saved.localId)?.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await serverText(device, saved.localId)).toBe('first');
  });

  it('finds its own entry after a create whose answer was lost, and makes no second copy', async () => {
    device.loseAnswers = 1;
    const saved = await saveEntry(tab(device), content('first'), null);
    expect(saved.state).toBe('pending');
    const before = (await serverStore.keys('entries')).length;
    expect(await syncAll(tab(device))).toMatchObject({ waiting: 0 });
    expect(entryOf(device, saved.localId)).toMatchObject({ sync: 'synced', revision: 1 });
    expect((await serverStore.keys('entries')).length).toBe(before);
  });

  it('carries on from its own update after a lost answer, with a save made since', async () => {
    const { localId } = await saveEntry(tab(device), content('one'), null);
    device.loseAnswers = 1;
    expect((await saveEntry(tab(device), content('two'), localId)).state).toBe('pending');
    expect(await saveEntry(tab(device), content('three'), localId)).toMatchObject({ state: 'synced', revision: 3 });
    expect(await serverText(device, localId)).toBe('three');
  });

  it('never conflicts with itself when two tabs save the same entry at once', async () => {
    const { localId } = await saveEntry(tab(device), content('one'), null);
    const [a, b] = await Promise.all([
      saveEntry(device.tabs[0]!, content('from tab A'), localId),
      saveEntry(device.tabs[1]!, content('from tab B'), localId),
    ]);
    expect([a.state, b.state]).toEqual(['synced', 'synced']);
    expect(entryOf(device, localId)).toMatchObject({ sync: 'synced', revision: 3 });
    expect(await serverText(device, localId)).toBe('from tab B');
  });

  it('waits offline and uploads when back online', async () => {
    device.online = false;
    const saved = await saveEntry(tab(device), content('on the train'), null);
    expect(saved.state).toBe('pending');
    device.online = true;
    expect(await syncAll(tab(device))).toMatchObject({ uploaded: 1, waiting: 0 });
    expect(await serverText(device, saved.localId)).toBe('on the train');
  });
});

describe('tabs without Web Locks', () => {
  it('does not take a slow answer, overtaken by another tab’s, for a rollback', async () => {
    const browser = newDevice('old browser', { tabs: 2, webLocks: false });
    const { localId } = await saveEntry(browser.tabs[0]!, content('one'), null);
    await saveEntry(browser.tabs[0]!, content('two'), localId);
    const release = holdNextAnswer(browser);
    const slowRead = useServerVersion(browser.tabs[1]!, localId); // read at revision 2, answer held back
    await saveEntry(browser.tabs[0]!, content('three'), localId); // revision 3 seen meanwhile
    release();
    expect(await slowRead).toBe('synced');
    expect(entryOf(browser, localId)).toMatchObject({ revision: 3, sync: 'synced' });
  });

  it('does not move back to a revision another tab has already passed', async () => {
    const browser = newDevice('old browser', { tabs: 2, webLocks: false });
    const { localId } = await saveEntry(browser.tabs[0]!, content('one'), null);
    const release = holdNextAnswer(browser);
    const slowSave = saveEntry(browser.tabs[0]!, content('two'), localId); // written as revision 2, answer held back
    await vi.waitFor(() => expect(browser.hold).toBeNull()); // the server has written it
    expect(await saveEntry(browser.tabs[1]!, content('three'), localId)).toMatchObject({
      state: 'synced',
      revision: 3,
    });
    const requests = browser.requests;
    release();
    expect(await slowSave).toMatchObject({ state: 'synced', revision: 3 });
    expect(browser.requests).toBe(requests); // nothing more to send: the slow answer taught nothing new
    expect(await serverText(browser, localId)).toBe('three');
  });
});

describe('tabs without Web Locks, a stale refusal', () => {
  it('is no conflict once another tab is already based on the revision it names', async () => {
    // The sync model's counterexample, by hand: the phone saves; one tab's save is refused; before that tab reads the
    // server's copy, the other tab takes it ("Use the server's version") and saves on top of it.
    const browser = newDevice('old browser', { tabs: 2, webLocks: false });
    const { localId } = await saveEntry(browser.tabs[0]!, content('one'), null);
    const other = await secondDevice(browser);
    await saveEntry(tab(other), content('phone edit'), localId); // revision 2
    const releaseRefusal = holdNextAnswer(browser);
    const refused = saveEntry(browser.tabs[0]!, content('laptop edit'), localId); // If-Match "1": 412, answer held
    await vi.waitFor(() => expect(browser.hold).toBeNull());
    expect(await useServerVersion(browser.tabs[1]!, localId)).toBe('synced'); // now based on revision 2
    const releaseNewer = holdNextRequest(browser);
    const newer = saveEntry(browser.tabs[1]!, content('newer'), localId); // on top of revision 2; its request held
    await vi.waitFor(() => expect(browser.holdRequest).toBeNull());

    releaseRefusal(); // the 412 names revision 2: the revision this device is already based on

    expect(await refused).toMatchObject({ state: 'synced', revision: 3 });
    expect(entryOf(browser, localId)).toMatchObject({ revision: 3, sync: 'synced' });
    releaseNewer();
    expect(await newer).toMatchObject({ state: 'synced', revision: 3 });
    expect(await serverText(browser, localId)).toBe('newer');
  });
});

describe('tabs without Web Locks, deleting', () => {
  it('deletes a create that lands after another tab’s DELETE was answered', async () => {
    const browser = newDevice('old browser', { tabs: 2, webLocks: false });
    const releaseCreate = holdNextRequest(browser);
    const saving = saveEntry(browser.tabs[1]!, content('brand new'), null);
    await vi.waitFor(() => expect(browser.holdRequest).toBeNull()); // the create is on its way, not yet arrived
    const { localId, id } = loadJournal(browser.storage).entries[0] ?? { localId: '', id: '' };
    const releaseDeleteAnswer = holdNextAnswer(browser);
    const deleting = deleteEntry(browser.tabs[0]!, localId); // the server answers 404: nothing there yet
    await vi.waitFor(() => expect(browser.hold).toBeNull());
    releaseCreate();
    await saving; // lands, finds its entry deleted here, and queues its server copy for deletion
    releaseDeleteAnswer();
    await deleting;
    expect(await serverStore.read('entries', id)).toBeDefined();
    expect(loadJournal(browser.storage).tombstones).toEqual([{ kind: 'entry', id, token: expect.any(String) }]);
    await syncAll(browser.tabs[0]!);
    expect(await serverStore.read('entries', id)).toBeUndefined();
    expect(await serverStore.tombstone('entries', id)).toBeDefined();
  });
});

describe('tabs without Web Locks, an entry moved to a fresh id', () => {
  /** Entry "one" on the server; a save of "two" written there (revision 2) whose answer is held; then the entry is deleted from another device. */
  async function slowAnswerForADeletedId(browser: Device) {
    const { localId } = await saveEntry(browser.tabs[0]!, content('one'), null);
    const oldId = entryOf(browser, localId)?.id ?? '';
    const other = await secondDevice(browser);
    const release = holdNextAnswer(browser);
    const slowSave = saveEntry(browser.tabs[0]!, content('two'), localId);
    await vi.waitFor(() => expect(browser.hold).toBeNull()); // the server has written revision 2 of the old id
    await deleteEntry(tab(other), localId);
    expect(await saveEntry(browser.tabs[1]!, content('three'), localId)).toMatchObject({ state: 'deleted-elsewhere' });
    return { localId, oldId, release, slowSave };
  }

  it('does not take a slow answer about the old id for the new one (no rollback, no "changed on the server")', async () => {
    const browser = newDevice('old browser', { tabs: 2, webLocks: false });
    const { localId, oldId, release, slowSave } = await slowAnswerForADeletedId(browser);
    expect(await saveAgain(browser.tabs[1]!, localId)).toMatchObject({ state: 'synced', revision: 1 });

    release(); // "revision 2" — of the old id, not of the new one at revision 1

    expect(await slowSave).toMatchObject({ state: 'synced', revision: 1 });
    expect(entryOf(browser, localId)).toMatchObject({ revision: 1, highestSeen: 1, sync: 'synced' });
    expect(entryOf(browser, localId)?.id).not.toBe(oldId);
    expect(await saveEntry(browser.tabs[0]!, content('four'), localId)).toMatchObject({ state: 'synced', revision: 2 });
    expect(await serverText(browser, localId)).toBe('four');
  });

  it('does not take a slow 404 about the old id for a deletion of the new one (which "Save again" would orphan)', async () => {
    // The sync model's counterexample, by hand: two tabs mark a commitment and choose "Save again"; the phone deletes.
    const browser = newDevice('old browser', { tabs: 2, webLocks: false });
    const { localId } = await saveEntry(browser.tabs[0]!, content('one'), null);
    const other = await secondDevice(browser);
    await deleteEntry(tab(other), localId);
    const release = holdNextAnswer(browser);
    const slowSave = saveEntry(browser.tabs[1]!, content('two'), localId); // 404 for the old id, answer held
    await vi.waitFor(() => expect(browser.hold).toBeNull());
    expect(await saveEntry(browser.tabs[0]!, content('three'), localId)).toMatchObject({ state: 'deleted-elsewhere' });
    expect(await saveAgain(browser.tabs[0]!, localId)).toMatchObject({ state: 'synced', revision: 1 });
    const newId = entryOf(browser, localId)?.id ?? '';

    release();

    expect(await slowSave).toMatchObject({ state: 'synced', revision: 1 });
    expect(entryOf(browser, localId)).toMatchObject({ id: newId, sync: 'synced' });
    expect(await serverText(browser, localId)).toBe('three');
  });

  it('deletes the new id’s server copy when the entry is deleted here while that tab creates it', async () => {
    const browser = newDevice('old browser', { tabs: 2, webLocks: false });
    const { localId, release, slowSave } = await slowAnswerForADeletedId(browser);
    browser.online = false;
    expect(await saveAgain(browser.tabs[1]!, localId)).toMatchObject({ state: 'pending' }); // a fresh id, not yet created
    const newId = entryOf(browser, localId)?.id ?? '';
    browser.online = true;
    const releaseCreate = holdNextRequest(browser);
    release(); // the slow tab starts again from what is stored: it creates the new id, and that request is held
    await vi.waitFor(() => expect(browser.holdRequest).toBeNull());
    await deleteEntry(browser.tabs[1]!, localId); // 404: nothing there yet
    releaseCreate();

    expect(await slowSave).toMatchObject({ state: 'pending' });
    expect(await serverStore.read('entries', newId)).toBeDefined();
    expect(loadJournal(browser.storage).tombstones).toContainEqual({
      kind: 'entry',
      id: newId,
      token: expect.any(String),
    });
    await syncAll(browser.tabs[0]!);
    expect(await serverStore.read('entries', newId)).toBeUndefined();
    expect(loadJournal(browser.storage).tombstones).toEqual([]);
  });
});

describe('another device', () => {
  it('learns the server revision from the 412, so "Keep this version" works the first time', async () => {
    const { localId } = await saveEntry(tab(device), content('one'), null);
    const other = await secondDevice(device);
    await saveEntry(tab(device), content('laptop edit'), localId);
    expect(await saveEntry(tab(other), content('phone edit'), localId)).toMatchObject({ state: 'conflict' });
    expect(entryOf(other, localId)?.serverRevision).toBe(2);
    expect(await keepThisVersion(tab(other), localId)).toMatchObject({ state: 'synced', revision: 3 });
    expect(await serverText(device, localId)).toBe('phone edit');
  });

  it('takes the newer version on request', async () => {
    const { localId } = await saveEntry(tab(device), content('one'), null);
    const other = await secondDevice(device);
    await saveEntry(tab(device), content('laptop edit'), localId);
    await saveEntry(tab(other), content('phone edit'), localId);
    expect(await useServerVersion(tab(other), localId)).toBe('synced');
    expect(entryOf(other, localId)?.content.answers['what-stuck']?.answer).toBe('laptop edit');
  });

  it('offers an entry deleted elsewhere back as "save again" instead of leaving it pending', async () => {
    const { localId } = await saveEntry(tab(device), content('one'), null);
    const other = await secondDevice(device);
    const oldId = entryOf(other, localId)?.id ?? '';
    await deleteEntry(tab(device), localId);
    expect(await saveEntry(tab(other), content('still mine'), localId)).toMatchObject({ state: 'deleted-elsewhere' });
    expect(await saveAgain(tab(other), localId)).toMatchObject({ state: 'synced', revision: 1 });
    expect(entryOf(other, localId)?.id).not.toBe(oldId);
    expect(await serverStore.read('entries', oldId)).toBeUndefined();
    expect(await serverStore.tombstone('entries', oldId)).toBeDefined();
  });
});

describe('ids deleted on the server (tombstones)', () => {
  it('takes a create retried after another device deleted it (410) as deleted elsewhere; Save again uses a fresh id', async () => {
    device.loseAnswers = 1;
    const { localId } = await saveEntry(tab(device), content('answer lost'), null);
    const oldId = entryOf(device, localId)?.id ?? '';
    const other = await secondDevice(device); // the recovery code names the entry, which is on the server
    await deleteEntry(tab(other), oldId);

    await syncAll(tab(device));

    expect(entryOf(device, localId)?.sync).toBe('deleted-elsewhere');
    expect(await serverStore.read('entries', oldId)).toBeUndefined();
    expect(await saveAgain(tab(device), localId)).toMatchObject({ state: 'synced', revision: 1 });
    expect(entryOf(device, localId)?.id).not.toBe(oldId);
    expect(await serverText(device, localId)).toBe('answer lost');
  });

  it('shares under a fresh id when a retried publish meets its own id revoked by another tab’s sync (410)', async () => {
    const browser = newDevice('old browser', { tabs: 2, webLocks: false });
    const releaseAnswer = holdNextAnswer(browser);
    const sharing = shareSummary(
      browser.tabs[0]!,
      { setTitle: 'T', summary: 'S', source: 'built-in', note: '' },
      7,
      null,
    );
    await vi.waitFor(() => expect(browser.hold).toBeNull()); // published; its answer is on the way
    const firstId = loadJournal(browser.storage).tombstones[0]?.id ?? '';
    await syncAll(browser.tabs[1]!); // finishes the queued deletion: revokes the share just made
    browser.loseAnswers = 1;
    releaseAnswer();

    const share = await sharing;

    expect(share.id).not.toBe(firstId);
    expect(await serverStore.tombstone('shares', firstId)).toBeDefined();
    expect(await serverStore.read('shares', share.id)).toBeDefined();
    await syncAll(browser.tabs[0]!);
    expect(loadJournal(browser.storage)).toMatchObject({ shares: [{ id: share.id }], tombstones: [] });
  });
});

describe('delete everything', () => {
  it('leaves nothing on the server, including a create and a share whose answers were lost', async () => {
    await saveEntry(tab(device), content('kept'), null);
    device.loseAnswers = 1;
    await saveEntry(tab(device), content('answer lost'), null);
    device.loseAnswers = 1;
    await shareSummary(
      tab(device),
      { setTitle: 'After the meeting', summary: 'S', source: 'built-in', note: '' },
      7,
      null,
    );
    const ids = [
      ...loadJournal(device.storage).entries.map((e) => e.id),
      ...loadJournal(device.storage).shares.map((s) => s.id),
    ];
    expect(ids).toHaveLength(3);
    expect(await deleteEverything(tab(device))).toEqual({ waiting: 0 });
    for (const id of ids)
      expect([await serverStore.read('entries', id), await serverStore.read('shares', id)]).toEqual([
        undefined,
        undefined,
      ]);
    // Only tombstones stay: the id and the time, nothing the journal wrote and no token.
    for (const id of ids)
      expect(
        JSON.stringify((await serverStore.tombstone('entries', id)) ?? (await serverStore.tombstone('shares', id))),
      ).not.toMatch(/ownerTokenHash|ciphertext|payload/);
    expect(device.storage.snapshot()).toEqual({});
  });

  it('finishes offline deletions once back online', async () => {
    const { localId } = await saveEntry(tab(device), content('one'), null);
    const { id } = entryOf(device, localId) ?? { id: '' };
    device.online = false;
    expect((await deleteEverything(tab(device))).waiting).toBe(1);
    expect(JSON.stringify(device.storage.snapshot())).not.toContain('"key":"');
    device.online = true;
    expect((await syncAll(tab(device))).deletionsWaiting).toBe(0);
    expect(await serverStore.read('entries', id)).toBeUndefined();
  });

  it('deletes a share whose create never got an answer at all, on the next sync', async () => {
    device.online = false;
    await expect(
      shareSummary(tab(device), { setTitle: 'T', summary: 'S', source: 'built-in', note: '' }, 1, null),
    ).rejects.toThrow('offline');
    expect(loadJournal(device.storage).tombstones).toHaveLength(1);
    device.online = true;
    await syncAll(tab(device));
    expect(loadJournal(device.storage).tombstones).toEqual([]);
  });
});
