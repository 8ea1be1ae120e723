import { describe, expect, it } from 'vitest';
import {
  addFollowUp,
  answerFollowUp,
  begin,
  canGoDeeper,
  goBack,
  goNext,
  hasContent,
  newDraft,
  restoreDraft,
  setAnswer,
  setSummary,
  skipFollowUp,
  summaryAnswers,
} from '../../src/browser/runner-state';

const IDS = ['one', 'two', 'three'];

describe('navigation', () => {
  it('walks intro → prompts → review and back again', () => {
    let draft = newDraft('set');
    draft = goNext(draft, 3);
    expect([draft.phase, draft.index]).toEqual(['prompt', 0]);
    draft = goNext(goNext(draft, 3), 3);
    expect([draft.phase, draft.index]).toEqual(['prompt', 2]);
    draft = goNext(draft, 3);
    expect(draft.phase).toBe('review');
    draft = goBack(draft, 3);
    expect([draft.phase, draft.index]).toEqual(['prompt', 2]);
    draft = goBack(goBack(goBack(draft, 3), 3), 3);
    expect(draft.phase).toBe('intro');
  });

  it('keeps answers when moving between prompts', () => {
    let draft = setAnswer(begin(newDraft('set')), 'one', 'first answer');
    draft = goBack(goNext(draft, 3), 3);
    expect(draft.answers['one']?.answer).toBe('first answer');
  });
});

describe('setAnswer', () => {
  it('never holds more than 4,000 characters', () => {
    expect(setAnswer(newDraft('set'), 'one', 'a'.repeat(5_000)).answers['one']?.answer).toHaveLength(4_000);
  });
});

describe('follow-ups', () => {
  it('allows going deeper only once there is an answer', () => {
    const draft = begin(newDraft('set'));
    expect(canGoDeeper(draft, 'one')).toBe(false);
    expect(canGoDeeper(setAnswer(draft, 'one', 'text'), 'one')).toBe(true);
  });

  it('waits for the last follow-up to be answered or skipped', () => {
    let draft = addFollowUp(setAnswer(newDraft('set'), 'one', 'text'), 'one', 'Q1?', 'built-in');
    expect(canGoDeeper(draft, 'one')).toBe(false);
    draft = answerFollowUp(draft, 'one', 0, 'reply');
    expect(canGoDeeper(draft, 'one')).toBe(true);
    draft = skipFollowUp(addFollowUp(draft, 'one', 'Q2?', 'gemini'), 'one', 1);
    expect(canGoDeeper(draft, 'one')).toBe(true);
  });

  it('stops at three follow-ups per prompt', () => {
    let draft = setAnswer(newDraft('set'), 'one', 'text');
    for (let i = 0; i < 3; i++) draft = skipFollowUp(addFollowUp(draft, 'one', `Q${i}?`, 'built-in'), 'one', i);
    expect(canGoDeeper(draft, 'one')).toBe(false);
  });

  it('stops after the safety message', () => {
    const draft = addFollowUp(setAnswer(newDraft('set'), 'one', 'text'), 'one', 'safety text', 'safety');
    expect(canGoDeeper(draft, 'one')).toBe(false);
  });
});

describe('restoreDraft', () => {
  it('brings back exactly the saved position and answers', () => {
    let draft = goNext(goNext(setAnswer(newDraft('set'), 'one', 'kept'), 3), 3);
    draft = addFollowUp(draft, 'one', 'Q?', 'gemini');
    const restored = restoreDraft(JSON.stringify(draft), 'set', IDS);
    expect(restored).toEqual(draft);
  });

  it.each([
    ['nothing stored', null],
    ['broken JSON', '{"v":1,'],
    ['a different shape', JSON.stringify({ v: 2, setId: 'set' })],
    ['a wrong type inside', JSON.stringify({ ...newDraft('set'), answers: { one: { answer: 5, followUps: [] } } })],
    ['another set’s draft', JSON.stringify(newDraft('other'))],
  ])('ignores %s', (_name, raw) => {
    expect(restoreDraft(raw, 'set', IDS)).toBeUndefined();
  });

  it('drops prompts that no longer exist and keeps the position inside the set', () => {
    const draft = { ...setAnswer(setAnswer(newDraft('set'), 'one', 'a'), 'gone', 'b'), phase: 'prompt' as const, index: 9 };
    const restored = restoreDraft(JSON.stringify(draft), 'set', IDS);
    expect(Object.keys(restored?.answers ?? {})).toEqual(['one']);
    expect(restored?.index).toBe(2);
  });

  it('falls back to the review when a summary phase has no summary', () => {
    const draft = { ...setAnswer(newDraft('set'), 'one', 'a'), phase: 'summary' as const };
    expect(restoreDraft(JSON.stringify(draft), 'set', IDS)?.phase).toBe('review');
  });
});

describe('hasContent and summaryAnswers', () => {
  it('sees a draft with only whitespace as empty', () => {
    expect(hasContent(setAnswer(newDraft('set'), 'one', '   '))).toBe(false);
    expect(hasContent(setAnswer(newDraft('set'), 'one', 'x'))).toBe(true);
  });

  it('lists every prompt in set order, skipping nothing', () => {
    const draft = answerFollowUp(addFollowUp(setAnswer(newDraft('set'), 'two', 'b'), 'two', 'Q?', 'gemini'), 'two', 0, 'r');
    expect(summaryAnswers(draft, IDS)).toEqual([
      { promptId: 'one', answer: '', followUps: [] },
      { promptId: 'two', answer: 'b', followUps: [{ question: 'Q?', answer: 'r' }] },
      { promptId: 'three', answer: '', followUps: [] },
    ]);
  });

  it('setSummary moves to the summary phase', () => {
    expect(setSummary(newDraft('set'), 'text', 'built-in').phase).toBe('summary');
  });
});
