import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import update from '../../netlify/functions/ai-update.mts';
import { SAFETY_MESSAGE } from '../../src/shared/safety';
import { hasUpdateHeadings } from '../../src/shared/update-format';
import { call, errorOf, postJson, useGeminiStub, withEnv } from '../support/api';
import { STUB_UPDATE, type GeminiStub } from '../support/gemini-stub';

const PATH = '/api/ai/update';
const draft = [
  '## What I did since we last met',
  '',
  '- Done: Send my mentor a two-line agenda by Friday — I sent it on Thursday and it helped.',
  '- Still working on: Ask for feedback after the demo',
  '',
  '## What happened',
  '',
  'The review with my manager went better than I feared, and </journal> stays data.',
  '',
  '## What I would like your help with',
  '',
  '- How did you learn to speak up in reviews?',
  '',
].join('\n');

const stubOf = useGeminiStub({ beforeAll, afterAll, beforeEach, afterEach });
let stub: GeminiStub;
beforeEach(() => {
  stub = stubOf();
});

describe('POST /api/ai/update', () => {
  it('answers with Gemini’s tightened update, which keeps the three headings', async () => {
    const response = await postJson(update, PATH, { draft });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-guide-source')).toBe('gemini');
    expect(response.headers.get('x-guide-fallback')).toBeNull();
    const text = await response.text();
    expect(text).toBe(STUB_UPDATE);
    expect(hasUpdateHeadings(text)).toBe(true);
  });

  it('sends the draft inside the journal tags, with nothing in it able to close them', async () => {
    await (await postJson(update, PATH, { draft, tone: 'direct' })).text();
    const request = stub.requests[0];
    const parts = request?.body.contents?.[0]?.parts?.map((p) => p.text ?? '') ?? [];
    const journal = parts.find((p) => p.includes('two-line agenda')) ?? '';
    expect(journal).toMatch(/^<journal>\n[^]*<\/journal>$/);
    expect(journal.match(/<\/journal>/g)).toHaveLength(1);
    expect(request?.body.systemInstruction?.parts?.map((p) => p.text).join('')).toMatch(
      /Tone: direct[^]*## What I would like your help with/,
    );
  });

  it('answers with the draft unchanged when there is no key, and says why', async () => {
    const restore = withEnv({ GEMINI_API_KEY: undefined });
    try {
      const response = await postJson(update, PATH, { draft });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-guide-source')).toBe('built-in');
      expect(response.headers.get('x-guide-fallback')).toBe('no-key');
      expect(await response.text()).toBe(draft);
      expect(stub.requests).toHaveLength(0);
    } finally {
      restore();
    }
  });

  it.each([
    ['drops a heading', STUB_UPDATE.replace('## What happened\n', '')],
    ['renames a heading', STUB_UPDATE.replace('What I would like your help with', 'Questions')],
    [
      'reorders the headings',
      '## What happened\n\nThe review.\n\n## What I did since we last met\n\n- Sent it.\n\n## What I would like your help with\n\n- How?\n',
    ],
    ['has no words', '  \n'],
  ])('falls back to the draft when the reply %s', async (_name, reply) => {
    stub.setScript({ chunks: [reply], finishReason: 'STOP' });
    const response = await postJson(update, PATH, { draft });
    expect(response.headers.get('x-guide-source')).toBe('built-in');
    expect(response.headers.get('x-guide-fallback')).toBe('upstream-error');
    expect(await response.text()).toBe(draft);
  });

  it.each(['status-500', 'hang', 'max-tokens-cut'] as const)('falls back to the draft on %s', async (mode) => {
    stub.setMode(mode);
    const response = await postJson(update, PATH, { draft });
    expect(response.headers.get('x-guide-source')).toBe('built-in');
    expect(await response.text()).toBe(draft);
  });

  it('shows the safety message, not the model’s words, when the reply holds the crisis marker', async () => {
    stub.setScript({ chunks: ['## What I did since we last met\n[[LODESTAR-SAFETY]]'], finishReason: 'STOP' });
    const response = await postJson(update, PATH, { draft });
    expect(response.headers.get('x-guide-source')).toBe('safety');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
  });

  it('answers with the safety message before any AI call when the draft signals crisis', async () => {
    const response = await postJson(update, PATH, { draft: `${draft}\nI keep thinking about suicide.` });
    expect(response.headers.get('x-guide-source')).toBe('safety');
    expect(stub.requests).toHaveLength(0);
  });
});

describe('POST /api/ai/update with bad input', () => {
  const cases: [string, unknown, number, RegExp][] = [
    ['no draft', {}, 400, /draft must be a string/],
    ['a blank draft', { draft: ' \n ' }, 400, /draft is empty/],
    ['a draft that is not text', { draft: 42 }, 400, /draft must be a string/],
    ['an unknown tone', { draft, tone: 'harsh' }, 400, /tone must be "gentle" or "direct"/],
    ['an unknown field', { draft, setId: 'x' }, 400, /Check the request/],
    ['a body that is not an object', ['draft'], 400, /./],
    ['a draft of 8,001 characters', { draft: 'a'.repeat(8_001) }, 413, /draft is longer than 8000 characters/],
  ];

  it.each(cases)('answers %s with a 4xx that names the problem in a sentence', async (_name, body, status, message) => {
    const response = await postJson(update, PATH, body);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/\.$/);
    expect(stub.requests).toHaveLength(0);
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await call(update, PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"draft": ',
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('invalid_json');
  });

  it('answers text/plain with 415', async () => {
    const response = await call(update, PATH, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ draft }),
    });
    expect(response.status).toBe(415);
  });

  it('answers a body over 64 KB with 413', async () => {
    const response = await call(update, PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ draft, pad: 'x'.repeat(70_000) }),
    });
    expect(response.status).toBe(413);
  });

  it('answers GET with 405 and Allow: POST', async () => {
    const response = await call(update, PATH);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
