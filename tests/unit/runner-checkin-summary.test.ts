import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInSummary } from '../../src/shared/built-in-coach';
import type { SummaryCheckIn } from '../../src/shared/model/check-in';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';
import { isCompleteSummary, parseSummary, type SummarySectionKey } from '../../src/shared/summary-format';

const set = findPromptSet('prepare-for-meeting')!;
const answers = [{ promptId: 'the-one-thing', answer: 'Whether to apply for the team lead role by Friday.' }];
const summarise = (checkIns?: SummaryCheckIn[]) =>
  builtInSummary({ prompts: set.prompts, answers, ...(checkIns ? { checkIns } : {}) });
const section = (text: string, key: SummarySectionKey) =>
  parseSummary(text)
    .find((s) => s.key === key)
    ?.blocks.map((b) => b.text) ?? [];

const DONE: SummaryCheckIn = {
  text: 'Ask Priya for a code review',
  state: 'done',
  note: 'She reviewed it on Tuesday. It went better than I feared.',
};
const DROPPED: SummaryCheckIn = {
  text: 'Read the Kubernetes book',
  state: 'dropped',
  note: 'The team moved to a managed service.',
};
const OPEN: SummaryCheckIn = { text: 'Draft the design doc', state: 'open', note: '' };

describe('builtInSummary with check-ins', () => {
  it('says in "What stood out" what was done, dropped and left open, in the person’s words', () => {
    const stoodOut = section(summarise([DONE, DROPPED, OPEN]), 'stoodOut');
    expect(stoodOut.slice(0, 3)).toEqual([
      'Since last time you did “Ask Priya for a code review”: you wrote “She reviewed it on Tuesday”.',
      'Since last time you let go of “Read the Kubernetes book”: you wrote “The team moved to a managed service”.',
      '“Draft the design doc” is still open.',
    ]);
    expect(stoodOut[3]).toContain('team lead role');
  });

  it('reads a note like an answer: an intention in it becomes a next step, a success a strength', () => {
    const text = summarise([{ ...OPEN, note: 'I will finish the first draft by Monday.' }, DONE]);
    expect(section(text, 'nextSteps')).toContain('I will finish the first draft by Monday.');
    expect(section(text, 'strengths')).toContain('It went better than I feared.');
  });

  it('does not list an open commitment again under "Next steps" (it is already one)', () => {
    expect(section(summarise([OPEN]), 'nextSteps').join(' ')).not.toContain('Draft the design doc');
  });

  it('names the first five and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...OPEN, text: `Commitment number ${i + 1}` }));
    const stoodOut = section(summarise(many), 'stoodOut');
    expect(stoodOut.filter((p) => p.includes('Commitment number'))).toHaveLength(5);
    expect(stoodOut).toContain('You checked in on 3 more earlier commitments as well.');
  });

  it('writes exactly what it wrote before when there are no check-ins', () => {
    expect(summarise([])).toBe(summarise());
    expect(summarise()).not.toContain('Since last time');
  });

  it('stays a complete five-section summary whatever the check-ins say', () => {
    const checkIn = fc.record({
      text: fc.string({ minLength: 1, maxLength: 300 }),
      state: fc.constantFrom('open', 'done', 'dropped' as const),
      note: fc.string({ maxLength: 400 }),
    });
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 20 }), (checkIns) => {
        const text = summarise(checkIns);
        expect(isCompleteSummary(parseSummary(text))).toBe(true);
        expect(text).toBe(summarise(checkIns));
      }),
      { numRuns: 200 },
    );
  });
});
