// The check-in against a real journal: commitments made by saving a reflection, written back through the real
// entries handler over a local Blobs server (tests/api/journal-world), online and offline.
import { describe, expect, it } from 'vitest';
import {
  changedCheckIns,
  checkInItems,
  describeItem,
  initialCheckIns,
  writeCheckIns,
} from '../../src/browser/runner/check-ins';
import type { EntryContent } from '../../src/shared/model/entry-content';
import { updateCommitment } from '../../src/browser/journal/commitments';
import { loadJournal } from '../../src/browser/journal/store';
import { deleteEntry, saveEntry } from '../../src/browser/journal/sync';
import { content, newDevice, serverStore, tab, useServer, type Device } from '../api/journal-world';

useServer();

const SUMMARY =
  '## What stood out\n\nThe review.\n\n## Next steps\n\n- Ask Priya for a code review\n- Draft the design doc\n';
const withSteps = (): EntryContent => ({
  ...content('I will ask Priya.'),
  setTitle: 'After the meeting',
  summary: { text: SUMMARY, source: 'built-in', createdAt: '2026-11-20T10:00:00.000Z' },
});
const TODAY = new Date('2026-11-25T12:00:00');

async function journalWithTwoOpen(): Promise<{ device: Device; localId: string }> {
  const device = newDevice('laptop');
  const { localId } = await saveEntry(tab(device), withSteps(), null);
  return { device, localId };
}

describe('the check-in’s commitments', () => {
  it('asks about every open commitment, oldest first, with where it came from', async () => {
    const { device } = await journalWithTwoOpen();
    const items = checkInItems(loadJournal(device.storage), TODAY);
    expect(items.map((i) => [i.text, i.state, i.setTitle])).toEqual([
      ['Ask Priya for a code review', 'open', 'After the meeting'],
      ['Draft the design doc', 'open', 'After the meeting'],
    ]);
    expect(describeItem(items[0]!)).toEqual({
      from: expect.stringMatching(/^From “After the meeting”, .+2026\.$/),
      due: '',
    });
  });

  it('says in words when one is overdue', async () => {
    const { device, localId } = await journalWithTwoOpen();
    const [first] = checkInItems(loadJournal(device.storage), TODAY);
    await updateCommitment(tab(device), localId, first!.commitmentId, { due: '2026-11-21' });
    const item = checkInItems(loadJournal(device.storage), TODAY)[0]!;
    expect(item.overdue).toBe(true);
    expect(describeItem(item).due).toMatch(/^Overdue: it was due (21 November|November 21,) 2026\.$/);
  });

  it('has nothing to ask about in an empty journal', () => {
    expect(checkInItems(loadJournal(newDevice('new').storage), TODAY)).toEqual([]);
  });
});

describe('writing check-ins to the journal', () => {
  it('writes only what changed, then syncs the entry', async () => {
    const { device, localId } = await journalWithTwoOpen();
    const items = checkInItems(loadJournal(device.storage), TODAY);
    const checkIns = initialCheckIns(items);
    checkIns[0] = { ...checkIns[0]!, state: 'done', note: 'She reviewed it on Tuesday.' };
    expect(changedCheckIns(items, checkIns).map((c) => c.checkIn.commitmentId)).toEqual([items[0]!.commitmentId]);

    const result = await writeCheckIns(items, checkIns, tab(device));

    expect(result).toEqual({ ok: true, message: 'Your journal is updated: 1 commitment, saved and encrypted.' });
    const entry = loadJournal(device.storage).entries.find((e) => e.localId === localId)!;
    expect(entry.content.commitments?.map((c) => [c.state, c.note])).toEqual([
      ['done', 'She reviewed it on Tuesday.'],
      ['open', ''],
    ]);
    expect(entry.sync).toBe('synced');
    expect((await serverStore.read('entries', entry.id))?.['revision']).toBe(entry.revision);
  });

  it('offline, keeps the change on this device and says it will upload', async () => {
    const { device, localId } = await journalWithTwoOpen();
    const items = checkInItems(loadJournal(device.storage), TODAY);
    device.online = false;
    const checkIns = initialCheckIns(items).map((c) => ({ ...c, state: 'dropped' as const }));

    const result = await writeCheckIns(items, checkIns, tab(device));

    expect(result.ok).toBe(true);
    expect(result.message).toBe(
      'Saved on this device: 2 commitments updated in your journal. It will upload, encrypted, when you are back online.',
    );
    const entry = loadJournal(device.storage).entries.find((e) => e.localId === localId)!;
    expect(entry.sync).toBe('pending');
    expect(entry.content.commitments?.every((c) => c.state === 'dropped')).toBe(true);
  });

  it('still shows a commitment closed in this reflection, in its place, with the answer the draft kept', async () => {
    const { device } = await journalWithTwoOpen();
    const items = checkInItems(loadJournal(device.storage), TODAY);
    const checkIns = initialCheckIns(items);
    checkIns[0] = { ...checkIns[0]!, state: 'done', note: 'Sent on Monday.' };
    await writeCheckIns(items, checkIns, tab(device));

    const again = checkInItems(loadJournal(device.storage), TODAY, checkIns);
    expect(again.map((i) => [i.text, i.state])).toEqual([
      ['Ask Priya for a code review', 'done'],
      ['Draft the design doc', 'open'],
    ]);
    expect(initialCheckIns(again, checkIns)).toEqual(checkIns);
    expect(changedCheckIns(again, checkIns)).toEqual([]);
  });

  it('says so in a sentence when the reflection was deleted meanwhile, and keeps the notes', async () => {
    const { device, localId } = await journalWithTwoOpen();
    const items = checkInItems(loadJournal(device.storage), TODAY);
    await deleteEntry(tab(device), localId);
    const checkIns = initialCheckIns(items).map((c) => ({ ...c, state: 'done' as const }));

    const result = await writeCheckIns(items, checkIns, tab(device));

    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /^Your journal was not fully updated\. That commitment’s reflection is no longer in your journal.+Your notes are kept in this reflection\.$/,
    );
  });
});
