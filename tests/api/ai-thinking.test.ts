// The real model, not just the stub's plain replies: Gemini's Flash models think, and thinking tokens count
// against maxOutputTokens. These tests check the request the real SDK sends (thinking configured for the model
// family, room for the answer) against a stub that behaves like a thinking model, and what happens when a
// reply comes back empty or cut off.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import followUp from '../../netlify/functions/ai-follow-up.mts';
import summary from '../../netlify/functions/ai-summary.mts';
import { isCompleteSummary, parseSummary } from '../../src/shared/summary-format';
import { postJson, useGeminiStub, withEnv } from '../support/api';
import { STUB_FOLLOW_UP, STUB_SUMMARY, type GeminiStub } from '../support/gemini-stub';

const FOLLOW_UP = {
  setId: 'after-the-meeting',
  promptId: 'what-stuck',
  answer: 'My mentor said the design doc was not ready, and I felt stuck for the rest of the week.',
};
const SUMMARY = {
  setId: 'after-the-meeting',
  answers: [{ promptId: 'your-next-step', answer: 'I will send the revised doc to Sam by Thursday.' }],
};

const stubOf = useGeminiStub({ beforeAll, afterAll, beforeEach, afterEach });
let stub: GeminiStub;
let restore = () => {};
beforeEach(() => {
  stub = stubOf();
  stub.setMode('thinking');
});
afterEach(() => {
  restore();
  restore = () => {};
  vi.restoreAllMocks();
});

const config = () => stub.requests[0]?.body.generationConfig;

describe('the request the SDK sends', () => {
  it.each([
    ['gemini-flash-latest (the default)', undefined, { thinkingLevel: 'LOW' }, 120 + 2_048],
    ['gemini-3-flash-preview', 'gemini-3-flash-preview', { thinkingLevel: 'LOW' }, 120 + 2_048],
    ['gemini-2.5-flash', 'gemini-2.5-flash', { thinkingBudget: 0 }, 120],
    ['gemini-2.5-flash-lite', 'gemini-2.5-flash-lite', { thinkingBudget: 0 }, 120],
    ['gemini-2.5-pro', 'gemini-2.5-pro', { thinkingBudget: 128 }, 120 + 128],
  ])(
    'configures thinking for %s and keeps 120 tokens for the question',
    async (_name, model, thinkingConfig, maxOutputTokens) => {
      restore = withEnv({ GEMINI_MODEL: model });
      const response = await postJson(followUp, '/api/ai/follow-up', FOLLOW_UP);
      expect(response.headers.get('x-guide-source')).toBe('gemini');
      expect(await response.text()).toBe(STUB_FOLLOW_UP);
      expect(config()?.thinkingConfig).toEqual(thinkingConfig);
      expect(config()?.maxOutputTokens).toBe(maxOutputTokens);
    },
  );

  it('sends no thinking configuration to a model that does not think', async () => {
    restore = withEnv({ GEMINI_MODEL: 'gemini-2.0-flash' });
    await (await postJson(followUp, '/api/ai/follow-up', FOLLOW_UP)).text();
    expect(config()?.thinkingConfig).toBeUndefined();
    expect(config()?.maxOutputTokens).toBe(120);
  });

  it('keeps 900 tokens for the summary itself', async () => {
    const response = await postJson(summary, '/api/ai/summary', SUMMARY);
    expect(await response.text()).toBe(STUB_SUMMARY);
    expect(config()).toMatchObject({
      thinkingConfig: { thinkingLevel: 'LOW' },
      maxOutputTokens: 900 + 2_048,
      temperature: 0.6,
    });
  });

  it('sends the instructions as the system instruction and the person’s text as separate parts', async () => {
    await (
      await postJson(followUp, '/api/ai/follow-up', {
        ...FOLLOW_UP,
        earlier: [{ question: 'What happened next?', answer: 'I rewrote it.' }],
      })
    ).text();
    const body = stub.requests[0]?.body;
    expect(body?.systemInstruction?.parts?.[0]?.text).toMatch(/^You are the reflection guide of Lodestar/);
    expect(body?.contents).toHaveLength(1);
    expect(body?.contents?.[0]?.role).toBe('user');
    expect(body?.contents?.[0]?.parts?.map((p) => p.text?.split('\n')[0])).toEqual([
      'Reflection: After the meeting',
      '<journal>',
      '<journal>',
    ]);
  });

  it('follows GEMINI_THINKING when the operator sets it', async () => {
    restore = withEnv({ GEMINI_THINKING: 'budget:64' });
    await (await postJson(followUp, '/api/ai/follow-up', FOLLOW_UP)).text();
    expect(config()).toMatchObject({ thinkingConfig: { thinkingBudget: 64 }, maxOutputTokens: 184 });
  });
});

describe('replies a thinking model gives', () => {
  it('falls back to the built-in guide and says so when the model refuses the thinking setting', async () => {
    restore = withEnv({ GEMINI_MODEL: 'gemini-2.5-flash', GEMINI_THINKING: 'level:low' });
    const response = await postJson(followUp, '/api/ai/follow-up', FOLLOW_UP);
    expect(response.headers.get('x-guide-source')).toBe('built-in');
    expect(response.headers.get('x-guide-fallback')).toBe('upstream-error');
  });

  it('is what the stub does to the old request: 120 tokens and no thinking setting end at MAX_TOKENS with no text', async () => {
    const response = await fetch(`${stub.url}/v1beta/models/gemini-flash-latest:streamGenerateContent?alt=sse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        contents: [{ role: 'user', parts: [{ text: 'hello' }] }],
        generationConfig: { maxOutputTokens: 120 },
      }),
    });
    const event = JSON.parse((await response.text()).replace(/^data: /, '')) as {
      candidates: { content: { parts: unknown[] }; finishReason: string }[];
      usageMetadata: { thoughtsTokenCount: number };
    };
    expect(event.candidates[0]).toMatchObject({ content: { parts: [] }, finishReason: 'MAX_TOKENS' });
    expect(event.usageMetadata.thoughtsTokenCount).toBe(120);
  });

  it('falls back to the built-in guide and says so when thinking spent every token and no text came', async () => {
    stub.setMode('max-tokens-empty');
    const response = await postJson(followUp, '/api/ai/follow-up', FOLLOW_UP);
    expect(response.headers.get('x-guide-source')).toBe('built-in');
    expect(response.headers.get('x-guide-fallback')).toBe('upstream-error');
    expect((await response.text()).trim().endsWith('?')).toBe(true);
  });

  it.each([
    ['follow-up', followUp, '/api/ai/follow-up', FOLLOW_UP],
    ['summary', summary, '/api/ai/summary', SUMMARY],
  ] as const)(
    'shows none of a %s cut off at MAX_TOKENS, and the built-in one instead',
    async (kind, handler, path, body) => {
      stub.setMode('max-tokens-cut');
      const response = await postJson(handler, path, body);
      expect(response.headers.get('x-guide-source')).toBe('built-in');
      expect(response.headers.get('x-guide-fallback')).toBe('upstream-error');
      const text = await response.text();
      expect(text).not.toContain(kind === 'follow-up' ? 'What happened just' : 'It sounds like the review');
      if (kind === 'summary') expect(isCompleteSummary(parseSummary(text))).toBe(true);
    },
  );

  it('logs the token counts of each reply, thoughts included, and never its text', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await (await postJson(followUp, '/api/ai/follow-up', FOLLOW_UP)).text();
    const line = info.mock.calls.flat().join(' ');
    expect(line).toMatch(
      /^ai: follow-up from gemini-flash-latest, finish STOP, tokens prompt \d+ output \d+ thoughts 90 total \d+, \d+ ms$/,
    );
    expect(line).not.toContain('design doc');
    expect(line).not.toContain('meeting turned');
  });
});
