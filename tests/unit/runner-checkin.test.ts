import fc from 'fast-check';
import { createEffect, createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../src/shared/model/check-in';
import { newDraft, type Draft } from '../../src/shared/model/draft';
import { entryContentFrom } from '../../src/shared/model/entry-content';
import { answersDigest, hasContent, restoreDraft } from '../../src/browser/runner/draft';
import { stepAfter, stepBefore, type Step } from '../../src/browser/runner/steps';
import { createRunnerStore } from '../../src/islands/runner/runner-store';

const IDS = ['one', 'two', 'three'];
const done: CheckIn = {
  commitmentId: 'c-done-0000000001',
  text: 'Ask Priya for a code review',
  state: 'done',
  note: 'She said yes.',
};
const open: CheckIn = { commitmentId: 'c-open-0000000002', text: 'Draft the design doc', state: 'open', note: '' };

const stored = (extra: Record<string, unknown>) => JSON.stringify({ ...newDraft('set'), phase: 'checkin', ...extra });

describe('restoring a draft with check-ins', () => {
  it('keeps a draft written before check-ins existed, without adding any', () => {
    const restored = restoreDraft(JSON.stringify(newDraft('set')), 'set', IDS);
    expect(restored).toBeDefined();
    expect(restored && 'checkIns' in restored).toBe(false);
  });

  it('keeps valid check-ins as they were written, in order', () => {
    expect(restoreDraft(stored({ checkIns: [done, open] }), 'set', IDS)?.checkIns).toEqual([done, open]);
  });

  it('drops each damaged check-in and keeps the rest of the draft', () => {
    const damaged = [
      { ...done, state: 'finished' },
      { ...done, commitmentId: '' },
      { ...done, note: 42 },
      { ...done, note: 'x'.repeat(4001) },
      'text',
      null,
      { text: 'no id', state: 'open', note: '' },
    ];
    const restored = restoreDraft(
      stored({ checkIns: [...damaged, open], answers: { one: { answer: 'kept', followUps: [] } } }),
      'set',
      IDS,
    );
    expect(restored?.checkIns).toEqual([open]);
    expect(restored?.answers['one']?.answer).toBe('kept');
    expect(restored?.phase).toBe('checkin');
  });

  it('ignores check-ins that are not a list', () => {
    const restored = restoreDraft(stored({ checkIns: { 0: done } }), 'set', IDS);
    expect(restored).toBeDefined();
    expect(restored?.checkIns).toBeUndefined();
  });

  it('keeps at most 20 check-ins', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...open, commitmentId: `id-${i}` }));
    expect(restoreDraft(stored({ checkIns: many }), 'set', IDS)?.checkIns).toHaveLength(20);
  });

  it('never throws and never keeps an invalid check-in, whatever is stored', () => {
    const anyCheckIn = fc.record(
      {
        commitmentId: fc.oneof(fc.string(), fc.integer()),
        text: fc.oneof(fc.string(), fc.constant(null)),
        state: fc.oneof(fc.constantFrom('open', 'done', 'dropped'), fc.string()),
        note: fc.oneof(fc.string(), fc.boolean()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(anyCheckIn, fc.anything())), (list) => {
        const restored = restoreDraft(stored({ checkIns: list }), 'set', IDS);
        for (const c of restored?.checkIns ?? []) {
          expect(typeof c.commitmentId === 'string' && c.commitmentId.length > 0).toBe(true);
          expect(['open', 'done', 'dropped']).toContain(c.state);
          expect(typeof c.text === 'string' && typeof c.note === 'string').toBe(true);
        }
      }),
    );
  });
});

describe('steps with a check-in', () => {
  const walk = (from: Step, move: (s: Step) => Step, times: number) =>
    Array.from({ length: times }, () => (from = move(from))).map((s) => `${s.phase}:${s.index}`);

  it('goes intro → check-in → first prompt, and back the same way', () => {
    expect(walk({ phase: 'intro', index: 0 }, (s) => stepAfter(s, 3, true), 3)).toEqual([
      'checkin:0',
      'prompt:0',
      'prompt:1',
    ]);
    expect(walk({ phase: 'prompt', index: 1 }, (s) => stepBefore(s, 3, true), 3)).toEqual([
      'prompt:0',
      'checkin:0',
      'intro:0',
    ]);
  });

  it('skips the check-in when there is none', () => {
    expect(stepAfter({ phase: 'intro', index: 0 }, 3)).toEqual({ phase: 'prompt', index: 0 });
    expect(stepBefore({ phase: 'prompt', index: 0 }, 3)).toEqual({ phase: 'intro', index: 0 });
  });
});

function withStore(initial: Draft = newDraft('set'), hasCheckIn = true) {
  return createRoot(() => createRunnerStore(initial, { setId: 'set', promptIds: IDS, hasCheckIn: () => hasCheckIn }));
}

function reruns(read: () => unknown): () => number {
  let runs = -1;
  createRoot(() => createEffect(() => (read(), runs++)));
  return () => runs;
}

describe('the runner store’s check-ins', () => {
  it('touches only the note being typed: the step, the other check-in and the choice do not re-run', () => {
    const store = withStore();
    store.next();
    store.startCheckIns([done, open]);
    const step = reruns(() => `${store.draft.phase}:${store.draft.index}`);
    const other = reruns(() => store.draft.checkIns?.[0]?.note);
    const choice = reruns(() => store.draft.checkIns?.[1]?.state);
    const row = reruns(() => store.draft.checkIns?.[1]);
    const list = reruns(() => store.draft.checkIns);
    for (const text of ['I', 'I w', 'I wrote it']) store.setCheckInNote(1, text);
    expect([step(), other(), choice(), row(), list()]).toEqual([0, 0, 0, 0, 0]);
    expect(store.draft.checkIns?.[1]?.note).toBe('I wrote it');
  });

  it('keeps what was written when the step opens again', () => {
    const store = withStore();
    store.startCheckIns([done, open]);
    store.setCheckInState(1, 'dropped');
    store.setCheckInNote(1, 'Not needed any more.');
    const row = reruns(() => store.draft.checkIns?.[1]);
    store.startCheckIns([done, { ...open, state: 'dropped', note: 'Not needed any more.' }]);
    expect(row()).toBe(0);
    expect(store.snapshot().checkIns?.[1]).toEqual({ ...open, state: 'dropped', note: 'Not needed any more.' });
  });

  it('cuts a note at 4,000 characters and ignores a check-in that is not there', () => {
    const store = withStore();
    store.startCheckIns([open]);
    store.setCheckInNote(0, 'x'.repeat(5000));
    store.setCheckInNote(3, 'nowhere');
    expect(store.draft.checkIns?.[0]?.note).toHaveLength(4000);
    expect(store.draft.checkIns).toHaveLength(1);
  });

  it('walks intro → check-in → prompts and back to the check-in from the first prompt', () => {
    const store = withStore();
    store.next();
    expect(store.draft.phase).toBe('checkin');
    store.next();
    expect([store.draft.phase, store.draft.index]).toEqual(['prompt', 0]);
    store.back();
    expect(store.draft.phase).toBe('checkin');
  });
});

describe('check-ins in the draft’s meaning', () => {
  const draftWith = (checkIns?: CheckIn[]): Draft => ({
    ...newDraft('set'),
    answers: { one: { answer: 'An answer.', followUps: [] } },
    ...(checkIns ? { checkIns } : {}),
  });

  it('keeps the fingerprint of a draft without check-ins, and changes it when a note changes', () => {
    const plain = draftWith();
    expect(answersDigest(plain, IDS)).toBe(answersDigest({ ...plain, checkIns: [] }, IDS));
    expect(answersDigest(draftWith([done]), IDS)).not.toBe(
      answersDigest(draftWith([{ ...done, note: 'Another note.' }]), IDS),
    );
  });

  it('counts a note or a choice as something worth restoring', () => {
    expect(hasContent({ ...newDraft('set'), checkIns: [open] })).toBe(false);
    expect(hasContent({ ...newDraft('set'), checkIns: [done] })).toBe(true);
  });

  it('saves the check-ins into the entry, and nothing when there are none', () => {
    expect(entryContentFrom(draftWith([done, open]), 'Prepare', []).checkIns).toEqual([done, open]);
    expect('checkIns' in entryContentFrom(draftWith(), 'Prepare', [])).toBe(false);
    expect('checkIns' in entryContentFrom(draftWith([]), 'Prepare', [])).toBe(false);
  });
});
