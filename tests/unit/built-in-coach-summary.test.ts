import { describe, expect, it } from 'vitest';
import { builtInSummary } from '../../src/shared/built-in-coach';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';
import {
  EMPTY_SECTION_TEXT,
  SUMMARY_SECTIONS,
  isCompleteSummary,
  parseSummary,
  type SummarySectionKey,
} from '../../src/shared/summary-format';

const set = findPromptSet('after-the-meeting')!;
const summarise = (
  answers: { promptId: string; answer: string; followUps?: { question: string; answer: string }[] }[],
) => builtInSummary({ prompts: set.prompts, answers });
const section = (text: string, key: SummarySectionKey) =>
  parseSummary(text)
    .find((s) => s.key === key)
    ?.blocks.map((b) => b.text) ?? [];

const RICH = [
  {
    promptId: 'what-stuck',
    answer:
      'My mentor said the design doc was not ready for review. I felt embarrassed and stayed quiet for the rest of the meeting.',
  },
  {
    promptId: 'your-next-step',
    answer: 'I will send the revised doc to Sam by Thursday. Next time I will ask for feedback a week earlier.',
  },
  {
    promptId: 'what-surprised-you',
    answer:
      'I was nervous, but I spoke up about the deadline at the end. I still don’t know how to push back on scope.',
  },
  {
    promptId: 'to-follow-up',
    answer: '',
    followUps: [{ question: 'What else?', answer: 'The pairing sessions with Dana worked well.' }],
  },
  { promptId: 'how-it-feels', answer: 'Mostly good. How do I ask for more direct feedback?' },
];

describe('builtInSummary with a thin entry', () => {
  const text = summarise([{ promptId: 'what-stuck', answer: 'Good session.' }]);

  it('writes all five sections in order', () => {
    expect(parseSummary(text).map((s) => s.title)).toEqual(SUMMARY_SECTIONS.map((s) => s.title));
    expect(isCompleteSummary(parseSummary(text))).toBe(true);
  });

  it('says plainly where there is nothing, and invents no strength or step', () => {
    expect(section(text, 'strengths')).toEqual([EMPTY_SECTION_TEXT.strengths]);
    expect(section(text, 'growthEdges')).toEqual([EMPTY_SECTION_TEXT.growthEdges]);
    expect(section(text, 'nextSteps')).toEqual([EMPTY_SECTION_TEXT.nextSteps]);
    expect(section(text, 'questions')).toEqual([EMPTY_SECTION_TEXT.questions]);
    expect(text).not.toMatch(/You wrote about \d+ of \d+|Choose one thing|build on/);
  });

  it('quotes what they did write', () => {
    expect(section(text, 'stoodOut')[0]).toContain('“Good session”');
  });
});

describe('builtInSummary with a rich entry', () => {
  const text = summarise(RICH);

  it('makes their own intentions the next steps, in their words', () => {
    expect(section(text, 'nextSteps')).toEqual([
      'I will send the revised doc to Sam by Thursday.',
      'Next time I will ask for feedback a week earlier.',
    ]);
  });

  it('makes what they said went well the strengths, including follow-up replies', () => {
    expect(section(text, 'strengths')).toEqual([
      'I was nervous, but I spoke up about the deadline at the end.',
      'The pairing sessions with Dana worked well.',
    ]);
  });

  it('makes what they found hard the growth edges', () => {
    expect(section(text, 'growthEdges')).toContain('I still don’t know how to push back on scope.');
    expect(section(text, 'growthEdges')).toContain('I felt embarrassed and stayed quiet for the rest of the meeting.');
  });

  it('takes their own questions for the mentor', () => {
    expect(section(text, 'questions')).toEqual(['How do I ask for more direct feedback?']);
  });

  it('is deterministic', () => {
    expect(summarise(RICH)).toBe(text);
  });
});

describe('builtInSummary with a mixed entry', () => {
  it('fills the sections the answers support and invites the rest', () => {
    const text = summarise([
      { promptId: 'what-stuck', answer: 'She asked what I would do with more time.' },
      { promptId: 'your-next-step', answer: 'I’m going to block two hours on Fridays for deep work.' },
    ]);
    expect(section(text, 'nextSteps')).toEqual(['I’m going to block two hours on Fridays for deep work.']);
    expect(section(text, 'strengths')).toEqual([EMPTY_SECTION_TEXT.strengths]);
    expect(section(text, 'questions')).toEqual([EMPTY_SECTION_TEXT.questions]);
  });

  it('does not take a negated success for a strength, or someone else’s suggestion for a step', () => {
    const text = summarise([
      {
        promptId: 'what-stuck',
        answer: 'The new standup format did not work for us. My manager suggested I should present more often.',
      },
    ]);
    expect(section(text, 'strengths')).toEqual([EMPTY_SECTION_TEXT.strengths]);
    expect(section(text, 'nextSteps')).toEqual([EMPTY_SECTION_TEXT.nextSteps]);
    expect(section(text, 'growthEdges')).toEqual(['The new standup format did not work for us.']);
  });

  it('takes an intention to ask something as a question for the mentor, and an intention to ask for something as a step', () => {
    const text = summarise([
      {
        promptId: 'your-next-step',
        answer: 'I want to ask how to bring sources into a launch story. I will ask for feedback a week earlier.',
      },
    ]);
    expect(section(text, 'questions')).toEqual(['I want to ask how to bring sources into a launch story.']);
    expect(section(text, 'nextSteps')).toEqual(['I will ask for feedback a week earlier.']);
  });
});
