// Commitments inside the journal: what validation accepts, what the Markdown export says, and that every save path
// keeps them (a runner re-save, a change on the journal page, offline).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateCommitment } from '../../src/browser/journal/commitments';
import { localLocks, type JournalEnv } from '../../src/browser/journal/env';
import { dayLabel } from '../../src/browser/journal/commitment-words';
import { entryToMarkdown, stateSentence } from '../../src/browser/journal/export';
import { loadJournal } from '../../src/browser/journal/store';
import { saveEntry } from '../../src/browser/journal/sync';
import type { Commitment } from '../../src/shared/model/commitment';
import { isEntryContent, type EntryContent } from '../../src/shared/model/entry-content';
import { content, memoryStorage } from './journal-fixtures';

const withSummary = (text: string): EntryContent => ({
  ...content('An answer.'),
  summary: { text, source: 'built-in', createdAt: '2026-11-25T10:00:00.000Z' },
});
const STEPS = '## Next steps\n\n- Ask Sam for feedback\n- Book a pairing session\n';
const commitment: Commitment = {
  id: 'AAAAAAAAAAAAAAAA',
  source: 'Ask Sam',
  text: 'Ask Sam',
  due: '2026-12-01',
  state: 'done',
  note: 'He said yes.',
  updatedAt: '2026-11-25T10:00:00.000Z',
};

/** A browser with no connection: every save stays on this device, pending. */
const offlineEnv = (): JournalEnv => ({
  storage: memoryStorage(),
  locks: localLocks(),
  fetch: () => Promise.reject(new TypeError('Failed to fetch')),
  origin: 'http://localhost',
});

describe('validating commitments', () => {
  it('accepts an entry saved before commitments existed, and one with them and check-ins', () => {
    expect(isEntryContent(content('x'))).toBe(true);
    expect(
      isEntryContent({
        ...content('x'),
        commitments: [commitment],
        checkIns: [{ commitmentId: commitment.id, text: 'Ask Sam', state: 'done', note: '' }],
      }),
    ).toBe(true);
  });
  it.each([
    ['a list that is not a list', { commitments: 'none' }],
    ['an unknown state', { commitments: [{ ...commitment, state: 'maybe' }] }],
    ['a date that is not YYYY-MM-DD', { commitments: [{ ...commitment, due: '1 Dec' }] }],
    ['a bad id', { commitments: [{ ...commitment, id: 'short' }] }],
    ['a missing note', { commitments: [{ ...commitment, note: undefined }] }],
    ['a check-in without its commitment', { checkIns: [{ text: 'x', state: 'done', note: '' }] }],
  ])('refuses %s', (_, change) => {
    expect(isEntryContent({ ...content('x'), ...change })).toBe(false);
  });
});

describe('exporting commitments', () => {
  it('words a commitment as the journal shows it: state, text, the day in words, what happened', () => {
    expect(stateSentence(commitment, (day) => dayLabel(day, 2026))).toBe(
      'Done: Ask Sam (by 1 Dec). What happened: He said yes.',
    );
    expect(
      stateSentence({ ...commitment, due: '2027-01-15', state: 'open', note: '' }, (day) => dayLabel(day, 2026)),
    ).toBe('Open: Ask Sam (by 15 Jan 2027).');
  });
  it('lists commitments with state, date and note, and check-ins', () => {
    const markdown = entryToMarkdown({
      ...content('x'),
      commitments: [
        commitment,
        { ...commitment, id: 'BBBBBBBBBBBBBBBB', text: 'Read the doc.', due: null, state: 'open', note: '' },
      ],
      checkIns: [
        { commitmentId: 'CCCCCCCCCCCCCCCC', text: 'Write the plan', state: 'dropped', note: 'Not needed\nany more.' },
      ],
    });
    expect(markdown).toContain(
      '## Commitments\n\n- Done: Ask Sam (by 2026-12-01). What happened: He said yes.\n- Open: Read the doc.\n',
    );
    expect(markdown).toContain(
      '## What happened to earlier commitments\n\n- Dropped: Write the plan. What happened: Not needed any more.\n',
    );
  });
  it('says nothing of commitments for an entry without them', () => {
    expect(entryToMarkdown(content('x'))).not.toContain('Commitments');
  });
});

describe('saving keeps commitments', () => {
  it('makes commitments from the summary on the first save', async () => {
    const env = offlineEnv();
    const { localId, state } = await saveEntry(env, withSummary(STEPS), null);
    expect(state).toBe('pending');
    const saved = loadJournal(env.storage).entries.find((e) => e.localId === localId);
    expect(saved?.content.commitments?.map((c) => [c.text, c.state])).toEqual([
      ['Ask Sam for feedback', 'open'],
      ['Book a pairing session', 'open'],
    ]);
  });
  it('keeps a change made on the journal page when the runner saves the reflection again', async () => {
    const env = offlineEnv();
    const { localId } = await saveEntry(env, withSummary(STEPS), null);
    const first = loadJournal(env.storage).entries[0]!.content.commitments![0]!;
    expect((await updateCommitment(env, localId, first.id, { state: 'done', note: '  Sam said yes.  ' })).state).toBe(
      'pending',
    );
    await updateCommitment(env, localId, first.id, { text: 'Ask Sam for written feedback', due: '2026-12-01' });
    // The runner's Save again: the same summary, one more step, no commitments in what it passes.
    await saveEntry(env, withSummary(`${STEPS}- Write the plan\n`), localId);
    const kept = loadJournal(env.storage).entries[0]!.content.commitments!;
    expect(kept.map((c) => [c.text, c.state, c.due, c.note])).toEqual([
      ['Ask Sam for written feedback', 'done', '2026-12-01', 'Sam said yes.'],
      ['Book a pairing session', 'open', null, ''],
      ['Write the plan', 'open', null, ''],
    ]);
    expect(kept[0]?.id).toBe(first.id);
  });
  it('keeps check-ins as given', async () => {
    const env = offlineEnv();
    const checkIns = [{ commitmentId: 'AAAAAAAAAAAAAAAA', text: 'Ask Sam', state: 'done' as const, note: 'Yes.' }];
    await saveEntry(env, { ...withSummary(STEPS), checkIns }, null);
    expect(loadJournal(env.storage).entries[0]?.content.checkIns).toEqual(checkIns);
  });
  it('refuses a change to a commitment that is not there, or a malformed date, and changes nothing', async () => {
    const env = offlineEnv();
    const { localId } = await saveEntry(env, withSummary(STEPS), null);
    const before = JSON.stringify(loadJournal(env.storage));
    await expect(updateCommitment(env, localId, 'ZZZZZZZZZZZZZZZZ', { state: 'done' })).rejects.toThrow(
      /no longer in your journal/,
    );
    await expect(updateCommitment(env, 'gone', 'ZZZZZZZZZZZZZZZZ', { state: 'done' })).rejects.toThrow(
      /no longer in your journal/,
    );
    const id = loadJournal(env.storage).entries[0]!.content.commitments![0]!.id;
    await expect(updateCommitment(env, localId, id, { due: 'next week' })).rejects.toThrow(/YYYY-MM-DD/);
    expect(JSON.stringify(loadJournal(env.storage))).toBe(before);
  });
});

describe('changing one commitment', () => {
  it('leaves the others as they are, even where the summary no longer names them', async () => {
    const env = offlineEnv();
    const { localId } = await saveEntry(env, withSummary(STEPS), null);
    // An entry whose summary and commitments disagree (e.g. written by another version): nothing is dropped by a mark.
    const [first, second] = loadJournal(env.storage).entries[0]!.content.commitments!;
    const stored = JSON.parse(env.storage.getItem('lodestar:journal:2')!) as { entries: { content: EntryContent }[] };
    stored.entries[0]!.content.summary = null;
    env.storage.setItem('lodestar:journal:2', JSON.stringify(stored));
    await updateCommitment(env, localId, first!.id, { state: 'dropped' });
    expect(loadJournal(env.storage).entries[0]!.content.commitments!.map((c) => [c.id, c.state])).toEqual([
      [first!.id, 'dropped'],
      [second!.id, 'open'],
    ]);
  });
  describe('in the same millisecond as the save before it', () => {
    afterEach(() => vi.useRealTimers());
    it('wins over the version it replaces (its time moves past the old one)', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-04T10:00:00.000Z'));
      const env = offlineEnv();
      const { localId } = await saveEntry(env, withSummary(STEPS), null);
      const [first] = loadJournal(env.storage).entries[0]!.content.commitments!;
      await updateCommitment(env, localId, first!.id, { state: 'dropped', note: 'Not needed.' });
      const changed = loadJournal(env.storage).entries[0]!.content.commitments![0]!;
      expect([changed.state, changed.note]).toEqual(['dropped', 'Not needed.']);
      expect(changed.updatedAt > first!.updatedAt).toBe(true);
    });
    it('still saves when the stored time cannot be passed (not a date, or the last one a Date holds)', async () => {
      for (const stored of ['yesterday', '+275760-09-13T00:00:00.000Z']) {
        const env = offlineEnv();
        const { localId } = await saveEntry(env, withSummary(STEPS), null);
        const journal = JSON.parse(env.storage.getItem('lodestar:journal:2')!) as {
          entries: { content: EntryContent }[];
        };
        journal.entries[0]!.content.commitments![0]!.updatedAt = stored;
        env.storage.setItem('lodestar:journal:2', JSON.stringify(journal));
        const id = journal.entries[0]!.content.commitments![0]!.id;
        await expect(updateCommitment(env, localId, id, { state: 'done' })).resolves.toMatchObject({ localId });
      }
    });
    it('moves past a time from a device whose clock ran ahead', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-05T10:00:00.000Z'));
      const env = offlineEnv();
      const { localId } = await saveEntry(env, withSummary(STEPS), null);
      const [first] = loadJournal(env.storage).entries[0]!.content.commitments!;
      vi.setSystemTime(new Date('2026-12-04T10:00:00.000Z'));
      await updateCommitment(env, localId, first!.id, { state: 'done' });
      expect(loadJournal(env.storage).entries[0]!.content.commitments![0]!.state).toBe('done');
    });
  });
});
