import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import summary from '../../netlify/functions/ai-summary.mts';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';
import { SAFETY_MESSAGE } from '../../src/shared/safety';
import { EMPTY_SECTION_TEXT, SUMMARY_SECTIONS, isCompleteSummary, parseSummary } from '../../src/shared/summary-format';
import { call, errorOf, postJson, useGeminiStub } from '../support/api';
import { STUB_SUMMARY, type GeminiStub } from '../support/gemini-stub';

const PATH = '/api/ai/summary';
const set = findPromptSet('prepare-for-meeting')!;
const answers = set.prompts.map((p, i) => ({
  promptId: p.id,
  answer:
    i === 1
      ? 'I want help deciding whether to apply for the team lead role by Friday. I feel unsure about it.'
      : `Answer ${i + 1}: I shipped the billing change and I will ask about reviews.`,
}));
const valid = { setId: set.id, answers };

const stubOf = useGeminiStub({ beforeAll, afterAll, beforeEach, afterEach });
let stub: GeminiStub;
beforeEach(() => {
  stub = stubOf();
});

describe('POST /api/ai/summary', () => {
  it('streams the Gemini summary in the five sections', async () => {
    const response = await postJson(summary, PATH, valid);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-guide-source')).toBe('gemini');
    const text = await response.text();
    expect(text).toBe(STUB_SUMMARY);
    expect(isCompleteSummary(parseSummary(text))).toBe(true);
  });

  it('sends every answer inside the journal tags, and the prompts from the server', async () => {
    await (await postJson(summary, PATH, valid)).text();
    const parts = stub.requests[0]?.body.contents?.[0]?.parts?.map((p) => p.text ?? '') ?? [];
    for (const prompt of set.prompts) expect(parts).toContain(`Prompt: ${prompt.text}`);
    expect(parts.find((p) => p.includes('team lead role by Friday'))).toMatch(/^<journal>\n[^]*<\/journal>$/);
  });

  it.each(['status-500', 'status-429', 'malformed', 'hang', 'break-midway', 'empty'] as const)(
    'falls back to a complete built-in summary on %s',
    async (mode) => {
      stub.setMode(mode);
      const response = await postJson(summary, PATH, valid);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-guide-source')).toBe('built-in');
      const sections = parseSummary(await response.text());
      expect(isCompleteSummary(sections)).toBe(true);
    },
  );

  it('answers with the safety message when an answer signals crisis', async () => {
    const response = await postJson(summary, PATH, {
      ...valid,
      answers: [{ promptId: 'since-last-time', answer: 'I keep thinking about suicide.' }],
    });
    expect(response.headers.get('x-guide-source')).toBe('safety');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
    expect(stub.requests).toHaveLength(0);
  });
});

describe('POST /api/ai/summary when the model’s summary is malformed', () => {
  const sectionsOf = async (chunks: string[]) => {
    stub.setScript({ chunks, finishReason: 'STOP' });
    const response = await postJson(summary, PATH, valid);
    expect(response.headers.get('x-guide-source')).toBe('gemini');
    return parseSummary(await response.text());
  };

  it('fills the sections the model left out, saying plainly there is nothing yet', async () => {
    const sections = await sectionsOf([
      '## What stood out\n\nThe team lead decision.\n\n',
      '## Next steps\n\n- Decide by Friday.\n',
    ]);
    expect(sections.map((s) => s.title)).toEqual(SUMMARY_SECTIONS.map((s) => s.title));
    expect(sections.find((s) => s.key === 'strengths')?.blocks).toEqual([
      { kind: 'bullet', text: EMPTY_SECTION_TEXT.strengths },
    ]);
    expect(sections.find((s) => s.key === 'nextSteps')?.blocks).toEqual([
      { kind: 'bullet', text: 'Decide by Friday.' },
    ]);
  });

  it('reads bold headings, numbered lists, another order and a preamble into the five sections', async () => {
    const sections = await sectionsOf([
      'Here is your summary.\n',
      '**Questions for your mentor**\n1. How did you choose?\n',
      '### strengths\n* You **asked** early.\n',
      '## What stood out\nThe role.\n',
    ]);
    expect(sections.map((s) => s.key)).toEqual(SUMMARY_SECTIONS.map((s) => s.key));
    expect(sections[0]?.blocks.map((b) => b.text)).toEqual(['Here is your summary.', 'The role.']);
    expect(sections[1]?.blocks).toEqual([{ kind: 'bullet', text: 'You asked early.' }]);
    expect(sections[4]?.blocks).toEqual([{ kind: 'bullet', text: 'How did you choose?' }]);
  });

  it('keeps "None named yet." where the model found nothing to name', async () => {
    const sections = await sectionsOf([STUB_SUMMARY.replace('- You asked for feedback early.', '- None named yet.')]);
    expect(sections[1]?.blocks).toEqual([{ kind: 'bullet', text: 'None named yet.' }]);
    expect(isCompleteSummary(sections)).toBe(true);
  });

  it('keeps a summary with no headings at all under "What stood out"', async () => {
    const sections = await sectionsOf(['It sounds like the team lead role is the live question.']);
    expect(isCompleteSummary(sections)).toBe(true);
    expect(sections[0]?.blocks[0]?.text).toBe('It sounds like the team lead role is the live question.');
  });
});

describe('POST /api/ai/summary with bad input', () => {
  const cases: [string, unknown, number, RegExp][] = [
    ['no answers', { setId: set.id, answers: [] }, 400, /at least one answer/],
    [
      'only blank answers',
      { setId: set.id, answers: [{ promptId: 'since-last-time', answer: '  ' }] },
      400,
      /every answer is empty/,
    ],
    ['an unknown set', { setId: 'nope', answers }, 404, /no reflection called "nope"/],
    [
      'an unknown prompt',
      { setId: set.id, answers: [{ promptId: 'nope', answer: 'text' }] },
      404,
      /no prompt called "nope"/,
    ],
    ['answers that are not a list', { setId: set.id, answers: 'text' }, 400, /answers must be a list/],
    [
      'two answers to one prompt',
      { setId: set.id, answers: [answers[0], { ...answers[1], promptId: answers[0]?.promptId }] },
      400,
      /the prompt "[a-z-]+" appears more than once/,
    ],
    [
      'an answer of 4,001 characters',
      { setId: set.id, answers: [{ promptId: 'since-last-time', answer: 'a'.repeat(4_001) }] },
      413,
      /answers\.0\.answer: answer is longer than 4000 characters/,
    ],
  ];

  it.each(cases)('answers %s with a 4xx that names the problem', async (_name, body, status, message) => {
    const response = await postJson(summary, PATH, body);
    expect(response.status).toBe(status);
    expect((await errorOf(response)).message).toMatch(message);
  });

  it('answers a body over 64 KB with 413', async () => {
    const response = await call(summary, PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setId: set.id, answers, pad: 'x'.repeat(70_000) }),
    });
    expect(response.status).toBe(413);
  });
});
