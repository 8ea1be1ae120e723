// A server that swaps, replays or rolls back ciphertext, or edits a share's expiry, is caught by the browser: the
// associated data binds each ciphertext to its entry id and revision (or share id), and the sealed expiry wins.
import { describe, expect, it } from 'vitest';
import { importRecoveryCode, recoveryCode } from '../../src/browser/journal/recovery';
import { shareSummary } from '../../src/browser/journal/shares';
import { openShare } from '../../src/browser/share/open-share';
import { loadJournal } from '../../src/browser/journal/store';
import { saveEntry, useServerVersion } from '../../src/browser/journal/sync';
import { content, newDevice, serverStore, tab, type Device, useServer } from './journal-world';

useServer();

const idOf = (device: Device, localId: string) =>
  loadJournal(device.storage).entries.find((e) => e.localId === localId)?.id ?? '';

/** A fresh browser restoring the journal from its code: it reads every entry from the server. */
async function restoreElsewhere(device: Device) {
  return importRecoveryCode(tab(newDevice('fresh')), recoveryCode(loadJournal(device.storage)));
}

async function rewrite(name: 'entries' | 'shares', id: string, change: (record: Record<string, unknown>) => void) {
  const record = (await serverStore.read(name, id)) ?? {};
  change(record);
  await serverStore.write(name, id, record);
}

describe('tamper evidence', () => {
  it('detects two entries’ ciphertexts swapped on the server', async () => {
    const device = newDevice('laptop');
    const a = await saveEntry(tab(device), content('entry A'), null);
    const b = await saveEntry(tab(device), content('entry B'), null);
    const [recordA, recordB] = [
      await serverStore.read('entries', idOf(device, a.localId)),
      await serverStore.read('entries', idOf(device, b.localId)),
    ];
    await rewrite('entries', idOf(device, a.localId), (r) => void (r['payload'] = recordB?.['payload']));
    await rewrite('entries', idOf(device, b.localId), (r) => void (r['payload'] = recordA?.['payload']));
    expect(await restoreElsewhere(device)).toEqual({ restored: 0, missing: 0, changed: 2 });
    expect(await useServerVersion(tab(device), a.localId)).toBe('tampered');
  });

  it('detects an old revision replayed under a newer revision number', async () => {
    const device = newDevice('laptop');
    const { localId } = await saveEntry(tab(device), content('first version'), null);
    const old = await serverStore.read('entries', idOf(device, localId));
    await saveEntry(tab(device), content('second version'), localId);
    await rewrite('entries', idOf(device, localId), (r) => void (r['payload'] = old?.['payload']));
    expect(await restoreElsewhere(device)).toMatchObject({ restored: 0, changed: 1 });
    expect(await useServerVersion(tab(device), localId)).toBe('tampered');
  });

  it('refuses a rollback to an older revision than this browser has seen', async () => {
    const device = newDevice('laptop');
    const { localId } = await saveEntry(tab(device), content('first version'), null);
    const old = await serverStore.read('entries', idOf(device, localId));
    await saveEntry(tab(device), content('second version'), localId);
    await serverStore.write('entries', idOf(device, localId), old ?? {});
    // Revision 1 decrypts fine with its own associated data, but this browser has seen revision 2.
    expect(await useServerVersion(tab(device), localId)).toBe('tampered');
    expect(await saveEntry(tab(device), content('third version'), localId)).toMatchObject({ state: 'tampered' });
    expect(loadJournal(device.storage).entries[0]?.content.answers['what-stuck']?.answer).toBe('third version');
  });

  it('shows the sealed expiry when the stored one is changed, and stops after it', async () => {
    const device = newDevice('laptop');
    const share = await shareSummary(
      tab(device),
      { setTitle: 'T', summary: '## Next steps\n\n- Call Sam.', source: 'built-in', note: 'Hi' },
      1,
      null,
    );
    await rewrite('shares', share.id, (r) => void (r['expiresAt'] = '2099-01-01T00:00:00.000Z'));
    const hash = new URL(share.link).hash;
    const opened = await openShare(tab(device).fetch, hash);
    expect(opened).toMatchObject({
      kind: 'ready',
      serverExpiryChanged: true,
      content: { expiresAt: share.expiresAt, note: 'Hi' },
    });
    expect(await openShare(tab(device).fetch, hash, new Date(Date.parse(share.expiresAt) + 1000))).toEqual({
      kind: 'unavailable',
    });
  });

  it('refuses a share whose ciphertext was swapped with another share’s', async () => {
    const device = newDevice('laptop');
    const first = await shareSummary(
      tab(device),
      { setTitle: 'One', summary: 'S1', source: 'built-in', note: '' },
      7,
      null,
    );
    const second = await shareSummary(
      tab(device),
      { setTitle: 'Two', summary: 'S2', source: 'built-in', note: '' },
      7,
      null,
    );
    const other = await serverStore.read('shares', second.id);
    await rewrite('shares', first.id, (r) => void (r['payload'] = other?.['payload']));
    expect(await openShare(tab(device).fetch, new URL(first.link).hash)).toEqual({ kind: 'changed' });
    expect(await openShare(tab(device).fetch, new URL(second.link).hash)).toMatchObject({
      kind: 'ready',
      serverExpiryChanged: false,
    });
  });
});
