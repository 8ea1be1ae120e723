import { describe, expect, it } from 'vitest';
import { builtInFollowUp, builtInSummary, mirrorPhrase } from '../../src/shared/built-in-coach';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';
import { SUMMARY_SECTIONS, isCompleteSummary, parseSummary } from '../../src/shared/summary-format';

const set = findPromptSet('after-the-meeting')!;
const prompt = set.prompts[0]!;
const LONG = 'My mentor said the design doc was not ready for review. I felt embarrassed and stayed quiet for the rest of the meeting, which is not like me.';

describe('builtInFollowUp', () => {
  it('asks exactly one question, ending in a question mark', () => {
    const question = builtInFollowUp(prompt, LONG);
    expect(question.match(/\?/g)).toHaveLength(1);
    expect(question.endsWith('?')).toBe(true);
  });

  it('mirrors a phrase from the answer', () => {
    expect(builtInFollowUp(prompt, LONG)).toContain('I felt embarrassed and stayed quiet for the');
  });

  it('offers the hint as a smaller way in when the answer is short', () => {
    const question = builtInFollowUp(prompt, 'Not much, really.');
    expect(question).toContain('Try to write it down close to the words used.');
  });

  it('is deterministic: the same input gives the same question', () => {
    expect(builtInFollowUp(prompt, LONG, [], 'direct')).toBe(builtInFollowUp(prompt, LONG, [], 'direct'));
  });

  it('words gentle and direct questions differently', () => {
    expect(builtInFollowUp(prompt, LONG, [], 'gentle')).not.toBe(builtInFollowUp(prompt, LONG, [], 'direct'));
  });

  it('moves towards action by the third follow-up, building on the latest reply', () => {
    const earlier = [
      { question: 'What happened?', answer: 'The review ran late and I rushed.' },
      { question: 'What did it mean?', answer: 'I want to prepare the doc two days earlier.' },
    ];
    const question = builtInFollowUp(prompt, LONG, earlier, 'gentle');
    expect(question).toMatch(/try|step/);
    expect(question).toContain('I want to prepare the doc two days');
  });

  it('never praises', () => {
    for (const tone of ['gentle', 'direct'] as const) {
      for (const answer of [LONG, 'I shipped the feature and learned a lot about planning.', 'Short one.']) {
        expect(builtInFollowUp(prompt, answer, [], tone)).not.toMatch(/great|amazing|well done|impressive|!/i);
      }
    }
  });
});

describe('mirrorPhrase', () => {
  it('keeps at most eight words and drops quotes', () => {
    expect(mirrorPhrase('He said "you are not ready for the next level at all" and left.')).toBe('He said you are not ready for the…');
  });
});

describe('builtInSummary', () => {
  const answers = [
    { promptId: 'what-stuck', answer: LONG },
    { promptId: 'your-next-step', answer: 'I will send the revised doc to Sam by Thursday.' },
    { promptId: 'what-surprised-you', answer: 'I learned that my mentor also struggled with reviews early on.' },
    { promptId: 'to-follow-up', answer: '' },
    { promptId: 'how-it-feels', answer: 'Mostly good. How do I ask for more direct feedback?' },
  ];

  it('writes all five sections in order', () => {
    const sections = parseSummary(builtInSummary({ prompts: set.prompts, answers }));
    expect(sections.map((s) => s.title)).toEqual(SUMMARY_SECTIONS.map((s) => s.title));
    expect(isCompleteSummary(sections)).toBe(true);
  });

  it('builds from the person’s own words', () => {
    const text = builtInSummary({ prompts: set.prompts, answers });
    expect(text).toContain('I will send the revised doc to Sam by Thursday.');
    expect(text).toContain('How do I ask for more direct feedback?');
  });

  it('still gives a complete summary when only one short answer exists', () => {
    const sections = parseSummary(builtInSummary({ prompts: set.prompts, answers: [{ promptId: 'what-stuck', answer: 'Not much.' }] }));
    expect(isCompleteSummary(sections)).toBe(true);
  });

  it('is deterministic', () => {
    expect(builtInSummary({ prompts: set.prompts, answers })).toBe(builtInSummary({ prompts: set.prompts, answers }));
  });
});
