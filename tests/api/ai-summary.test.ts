import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import summary from '../../netlify/functions/ai-summary.mts';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';
import { SAFETY_MESSAGE } from '../../src/shared/safety';
import { isCompleteSummary, parseSummary } from '../../src/shared/summary-format';
import { call, errorOf, postJson, useGeminiStub } from '../support/api';
import { STUB_SUMMARY, type GeminiStub } from '../support/gemini-stub';

const PATH = '/api/ai/summary';
const set = findPromptSet('prepare-for-meeting')!;
const answers = set.prompts.map((p, i) => ({
  promptId: p.id,
  answer: i === 1 ? 'I want help deciding whether to apply for the team lead role by Friday. I feel unsure about it.' : `Answer ${i + 1}: I shipped the billing change and I will ask about reviews.`,
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
    const userText = stub.requests[0]?.body.contents?.[0]?.parts?.[0]?.text ?? '';
    for (const prompt of set.prompts) expect(userText).toContain(prompt.text);
    expect(userText).toContain('team lead role by Friday');
  });

  it.each(['status-500', 'status-429', 'malformed', 'hang'] as const)('falls back to a complete built-in summary on %s', async (mode) => {
    stub.setMode(mode);
    const response = await postJson(summary, PATH, valid);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-guide-source')).toBe('built-in');
    const sections = parseSummary(await response.text());
    expect(isCompleteSummary(sections)).toBe(true);
  });

  it('answers with the safety message when an answer signals crisis', async () => {
    const response = await postJson(summary, PATH, { ...valid, answers: [{ promptId: 'since-last-time', answer: 'I keep thinking about suicide.' }] });
    expect(response.headers.get('x-guide-source')).toBe('safety');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
    expect(stub.requests).toHaveLength(0);
  });
});

describe('POST /api/ai/summary with bad input', () => {
  const cases: [string, unknown, number, RegExp][] = [
    ['no answers', { setId: set.id, answers: [] }, 400, /at least one answer/],
    ['only blank answers', { setId: set.id, answers: [{ promptId: 'since-last-time', answer: '  ' }] }, 400, /every answer is empty/],
    ['an unknown set', { setId: 'nope', answers }, 404, /no reflection called "nope"/],
    ['an unknown prompt', { setId: set.id, answers: [{ promptId: 'nope', answer: 'text' }] }, 404, /no prompt called "nope"/],
    ['answers that are not a list', { setId: set.id, answers: 'text' }, 400, /answers must be a list/],
    ['two answers to one prompt', { setId: set.id, answers: [answers[0], { ...answers[1], promptId: answers[0]?.promptId }] }, 400, /the prompt "[a-z-]+" appears more than once/],
    ['an answer of 4,001 characters', { setId: set.id, answers: [{ promptId: 'since-last-time', answer: 'a'.repeat(4_001) }] }, 413, /answers\.0\.answer: answer is longer than 4000 characters/],
  ];

  it.each(cases)('answers %s with a 4xx that names the problem', async (_name, body, status, message) => {
    const response = await postJson(summary, PATH, body);
    expect(response.status).toBe(status);
    expect((await errorOf(response)).message).toMatch(message);
  });

  it('answers a body over 64 KB with 413', async () => {
    const response = await call(summary, PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ setId: set.id, answers, pad: 'x'.repeat(70_000) }) });
    expect(response.status).toBe(413);
  });
});
