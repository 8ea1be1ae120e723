import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { answersDigest, canGoDeeper, hasContent, restoreDraft, summaryAnswers } from '../../src/browser/runner/draft';
import { newDraft, type Draft } from '../../src/shared/model/draft';
import { stepAfter, stepBefore, type Step } from '../../src/browser/runner/steps';
import { createRunnerStore, type RunnerStore } from '../../src/islands/runner/runner-store';

const IDS = ['one', 'two', 'three'];

/** A draft made the way the runner makes it: through the store's actions. */
function draftAfter(actions: (store: RunnerStore) => void): Draft {
  return createRoot(() => {
    const store = createRunnerStore(newDraft('set'), { setId: 'set', promptIds: IDS });
    actions(store);
    return store.snapshot();
  });
}

describe('steps', () => {
  it('walks intro → prompts → review and back again', () => {
    let step: Step = { phase: 'intro', index: 0 };
    const forward: Step[] = [];
    for (let i = 0; i < 4; i++) forward.push((step = stepAfter(step, 3)));
    expect(forward.map((s) => `${s.phase}:${s.index}`)).toEqual(['prompt:0', 'prompt:1', 'prompt:2', 'review:2']);
    const back: Step[] = [];
    for (let i = 0; i < 4; i++) back.push((step = stepBefore(step, 3)));
    expect(back.map((s) => `${s.phase}:${s.index}`)).toEqual(['prompt:2', 'prompt:1', 'prompt:0', 'intro:0']);
  });

  it('goes from the summary back to the last prompt', () => {
    expect(stepBefore({ phase: 'summary', index: 0 }, 3)).toEqual({ phase: 'prompt', index: 2 });
  });
});

describe('follow-ups', () => {
  it('allows going deeper only once there is an answer', () => {
    expect(
      canGoDeeper(
        draftAfter((s) => s.next()),
        'one',
      ),
    ).toBe(false);
    expect(
      canGoDeeper(
        draftAfter((s) => s.setAnswer('one', 'text')),
        'one',
      ),
    ).toBe(true);
  });

  it('waits for the last follow-up to be answered or skipped', () => {
    const asked = (s: RunnerStore) => {
      s.setAnswer('one', 'text');
      s.addFollowUp('one', 'Q1?', 'built-in');
    };
    expect(canGoDeeper(draftAfter(asked), 'one')).toBe(false);
    expect(
      canGoDeeper(
        draftAfter((s) => (asked(s), s.answerFollowUp('one', 0, 'reply'))),
        'one',
      ),
    ).toBe(true);
    expect(
      canGoDeeper(
        draftAfter((s) => (asked(s), s.skipFollowUp('one', 0))),
        'one',
      ),
    ).toBe(true);
  });

  it('stops at three follow-ups per prompt', () => {
    const draft = draftAfter((s) => {
      s.setAnswer('one', 'text');
      for (let i = 0; i < 3; i++) (s.addFollowUp('one', `Q${i}?`, 'built-in'), s.skipFollowUp('one', i));
    });
    expect(canGoDeeper(draft, 'one')).toBe(false);
  });

  it('stops after the safety message', () => {
    const draft = draftAfter((s) => (s.setAnswer('one', 'text'), s.addFollowUp('one', 'safety text', 'safety')));
    expect(canGoDeeper(draft, 'one')).toBe(false);
  });
});

describe('restoreDraft', () => {
  it('brings back exactly the saved position, answers and summary', () => {
    const draft = draftAfter((s) => {
      s.setAnswer('one', 'kept');
      s.next();
      s.next();
      s.addFollowUp('one', 'Q?', 'gemini');
      s.setSummary('## Strengths\n- Kept.', 'gemini');
      s.editSummary('## Strengths\n- Mine.');
    });
    expect(restoreDraft(JSON.stringify(draft), 'set', IDS)).toEqual(draft);
  });

  it.each([
    ['nothing stored', null],
    ['broken JSON', '{"v":1,'],
    ['a different shape', JSON.stringify({ v: 2, setId: 'set' })],
    ['a wrong type inside', JSON.stringify({ ...newDraft('set'), answers: { one: { answer: 5, followUps: [] } } })],
    [
      'a summary with an unknown source',
      JSON.stringify({ ...newDraft('set'), summary: { text: 'x', source: 'robot', createdAt: '' } }),
    ],
    ['another set’s draft', JSON.stringify(newDraft('other'))],
  ])('ignores %s', (_name, raw) => {
    expect(restoreDraft(raw, 'set', IDS)).toBeUndefined();
  });

  it('drops prompts that no longer exist and keeps the position inside the set', () => {
    const draft = {
      ...draftAfter((s) => (s.setAnswer('one', 'a'), s.setAnswer('gone', 'b'))),
      phase: 'prompt' as const,
      index: 9,
    };
    const restored = restoreDraft(JSON.stringify(draft), 'set', IDS);
    expect(Object.keys(restored?.answers ?? {})).toEqual(['one']);
    expect(restored?.index).toBe(2);
  });

  it('falls back to the review when a summary phase has no summary', () => {
    const draft = { ...draftAfter((s) => s.setAnswer('one', 'a')), phase: 'summary' as const };
    expect(restoreDraft(JSON.stringify(draft), 'set', IDS)?.phase).toBe('review');
  });
});

describe('hasContent, summaryAnswers and answersDigest', () => {
  it('sees a draft with only whitespace as empty', () => {
    expect(hasContent(draftAfter((s) => s.setAnswer('one', '   ')))).toBe(false);
    expect(hasContent(draftAfter((s) => s.setAnswer('one', 'x')))).toBe(true);
  });

  it('lists every prompt in set order, skipping nothing', () => {
    const draft = draftAfter(
      (s) => (s.setAnswer('two', 'b'), s.addFollowUp('two', 'Q?', 'gemini'), s.answerFollowUp('two', 0, 'r')),
    );
    expect(summaryAnswers(draft, IDS)).toEqual([
      { promptId: 'one', answer: '', followUps: [] },
      { promptId: 'two', answer: 'b', followUps: [{ question: 'Q?', answer: 'r' }] },
      { promptId: 'three', answer: '', followUps: [] },
    ]);
  });

  it('gives the same digest for the same answers and another for any change', () => {
    const a = draftAfter((s) => s.setAnswer('one', 'same'));
    const b = draftAfter((s) => (s.setAnswer('one', 'same'), s.next()));
    const c = draftAfter((s) => s.setAnswer('one', 'same.'));
    expect(answersDigest(a, IDS)).toBe(answersDigest(b, IDS));
    expect(answersDigest(a, IDS)).not.toBe(answersDigest(c, IDS));
  });
});
