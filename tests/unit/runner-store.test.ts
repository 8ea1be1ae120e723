import { createEffect, createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { newDraft, type Draft } from '../../src/shared/model/draft';
import { summaryIsStale } from '../../src/browser/runner/draft';
import { createRunnerStore } from '../../src/islands/runner/runner-store';

const IDS = ['one', 'two', 'three'];

function withStore(initial: Draft = newDraft('set')) {
  let changes = 0;
  const store = createRoot(() =>
    createRunnerStore(initial, { setId: 'set', promptIds: IDS, onChange: () => changes++ }),
  );
  return { store, changes: () => changes };
}

/** Counts how often an effect reading `read` re-runs after it first ran. */
function reruns(read: () => unknown): () => number {
  let runs = -1;
  createRoot(() => createEffect(() => (read(), runs++)));
  return () => runs;
}

describe('runner store', () => {
  it('touches only the typed field: the step, other answers and follow-ups do not re-run', () => {
    const { store } = withStore();
    store.next();
    store.setAnswer('one', 'a');
    store.addFollowUp('one', 'Why?', 'built-in');
    const step = reruns(() => `${store.draft.phase}:${store.draft.index}`);
    const other = reruns(() => store.draft.answers['two']?.answer);
    const question = reruns(() => store.draft.answers['one']?.followUps[0]?.question);
    const followUpRow = reruns(() => store.draft.answers['one']?.followUps[0]);
    for (const text of ['ab', 'abc', 'abcd']) store.setAnswer('one', text);
    store.answerFollowUp('one', 0, 'Because.');
    expect([step(), other(), question(), followUpRow()]).toEqual([0, 0, 0, 0]);
    expect(store.draft.answers['one']?.answer).toBe('abcd');
    expect(store.draft.answers['one']?.followUps[0]?.answer).toBe('Because.');
  });

  it('calls onChange once per change and stamps updatedAt', async () => {
    const { store, changes } = withStore();
    const before = store.draft.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 2));
    store.setAnswer('one', 'x');
    expect(changes()).toBe(1);
    expect(store.draft.updatedAt > before).toBe(true);
  });

  it('cuts answers at 4,000 characters', () => {
    const { store } = withStore();
    store.setAnswer('one', 'x'.repeat(5000));
    expect(store.draft.answers['one']?.answer).toHaveLength(4000);
  });

  it('walks intro → prompts → review → summary and back to the existing summary', () => {
    const { store } = withStore();
    store.next();
    store.next();
    store.next();
    store.next();
    expect(store.draft.phase).toBe('review');
    store.setAnswer('one', 'answer');
    store.setSummary('## Next steps\n- Ask.', 'built-in');
    expect(store.draft.phase).toBe('summary');
    store.back();
    expect([store.draft.phase, store.draft.index]).toEqual(['prompt', 2]);
    store.showSummary();
    expect(store.draft.phase).toBe('summary');
    expect(store.draft.summary?.text).toBe('## Next steps\n- Ask.');
  });

  it('marks the summary stale when an answer changes after it was written, and a rewrite keeps the old one', () => {
    const { store } = withStore();
    store.setAnswer('one', 'first');
    store.setSummary('## What stood out\nFirst.', 'built-in');
    expect(summaryIsStale(store.draft, IDS)).toBe(false);
    store.editSummary('## What stood out\nMy own words.');
    expect(summaryIsStale(store.draft, IDS)).toBe(false);
    store.setAnswer('one', 'first, changed');
    expect(summaryIsStale(store.draft, IDS)).toBe(true);
    store.setSummary('## What stood out\nRewritten.', 'built-in');
    expect(summaryIsStale(store.draft, IDS)).toBe(false);
    expect(store.draft.previousSummary?.text).toBe('## What stood out\nMy own words.');
    store.restorePreviousSummary();
    expect(store.draft.summary?.text).toBe('## What stood out\nMy own words.');
    expect(store.draft.summary?.edited).toBe(true);
  });

  it('skips a follow-up and keeps its question', () => {
    const { store } = withStore();
    store.setAnswer('one', 'a');
    store.addFollowUp('one', 'What next?', 'gemini');
    store.skipFollowUp('one', 0);
    expect(store.draft.answers['one']?.followUps[0]).toEqual({
      question: 'What next?',
      answer: '',
      skipped: true,
      source: 'gemini',
    });
  });

  it('snapshot is a plain copy that later changes do not reach', () => {
    const { store } = withStore();
    store.setAnswer('one', 'before');
    const copy = store.snapshot();
    store.setAnswer('one', 'after');
    expect(copy.answers['one']?.answer).toBe('before');
    expect(JSON.parse(JSON.stringify(copy))).toEqual(copy);
  });

  it('replaceWith takes another version whole; clear starts fresh', () => {
    const { store } = withStore();
    store.setAnswer('one', 'mine');
    const theirs: Draft = {
      ...newDraft('set'),
      phase: 'prompt',
      index: 1,
      answers: { two: { answer: 'theirs', followUps: [] } },
    };
    store.replaceWith(theirs);
    expect(store.draft.answers['one']).toBeUndefined();
    expect([store.draft.phase, store.draft.index, store.draft.answers['two']?.answer]).toEqual(['prompt', 1, 'theirs']);
    store.clear();
    expect([store.draft.phase, Object.keys(store.draft.answers)]).toEqual(['intro', []]);
  });
});
