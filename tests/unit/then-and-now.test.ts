import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCompanion, inOrder, pairAnswers, sameSet } from '../../src/browser/journal/then-and-now';
import type { EntryContent } from '../../src/shared/model/entry-content';
import type { JournalEntry } from '../../src/browser/journal/types';

function entry(
  localId: string,
  savedAt: string,
  prompts: [id: string, text: string, answer: string][],
  setId = 'mentorship-assessment',
): JournalEntry {
  const content: EntryContent = {
    v: 1,
    setId,
    setTitle: 'Mentorship assessment',
    prompts: prompts.map(([id, text]) => ({ id, text })),
    answers: Object.fromEntries(prompts.map(([id, , answer]) => [id, { answer, followUps: [] }])),
    summary: null,
    savedAt,
  };
  return {
    localId,
    id: localId,
    token: 't',
    revision: 1,
    highestSeen: 1,
    serverRevision: null,
    edits: 1,
    attempts: [],
    sync: 'synced',
    content,
    createdAt: savedAt,
    updatedAt: savedAt,
  };
}

describe('then and now', () => {
  const august = entry('a', '2026-08-01T10:00:00.000Z', [
    ['goals', 'What are your goals?', ' Find a mentor. '],
    ['old', 'A prompt since removed?', 'Gone now'],
  ]);
  const november = entry('b', '2026-11-01T10:00:00.000Z', [
    ['goals', 'What do you want from mentoring now?', 'Lead a project.'],
    ['new', 'A new prompt?', 'Fresh'],
  ]);
  const may = entry('c', '2026-05-01T10:00:00.000Z', [['goals', 'What are your goals?', 'Learn the codebase.']]);
  const otherSet = entry('d', '2026-09-01T10:00:00.000Z', [['goals', 'Goals?', 'Other set']], 'after-the-meeting');

  it('matches prompts by id, under the newer wording, and keeps a prompt only the older one had', () => {
    expect(pairAnswers(august, november)).toEqual([
      {
        promptId: 'goals',
        prompt: 'What do you want from mentoring now?',
        then: 'Find a mentor.',
        now: 'Lead a project.',
      },
      { promptId: 'new', prompt: 'A new prompt?', then: '', now: 'Fresh' },
      { promptId: 'old', prompt: 'A prompt since removed?', then: 'Gone now', now: '' },
    ]);
  });

  it('offers only reflections of the same set, newest first', () => {
    expect(sameSet([may, august, november, otherSet], november).map((e) => e.localId)).toEqual(['a', 'c']);
    expect(sameSet([otherSet, november], otherSet)).toEqual([]);
  });

  it('compares with the latest earlier reflection, or the next one for the oldest', () => {
    const all = [may, august, november, otherSet];
    expect(defaultCompanion(all, november)?.localId).toBe('a');
    expect(defaultCompanion(all, august)?.localId).toBe('c');
    expect(defaultCompanion(all, may)?.localId).toBe('a');
    expect(defaultCompanion(all, otherSet)).toBeUndefined();
  });

  it('puts every answer of both in exactly one row, whatever the two sets of prompts', () => {
    const prompts = fc.uniqueArray(fc.tuple(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'), fc.string(), fc.string()), {
      selector: ([id]) => id,
      maxLength: 5,
    });
    fc.assert(
      fc.property(prompts, prompts, (a, b) => {
        const { then, now } = inOrder(entry('x', '2026-01-02T00:00:00Z', b), entry('y', '2026-01-01T00:00:00Z', a));
        const rows = pairAnswers(then, now);
        expect(new Set(rows.map((r) => r.promptId)).size).toBe(rows.length);
        for (const [id, , answer] of a) expect(rows.find((r) => r.promptId === id)?.then).toBe(answer.trim());
        for (const [id, text, answer] of b)
          expect(rows.find((r) => r.promptId === id)).toMatchObject({ prompt: text, now: answer.trim() });
      }),
    );
  });
});
