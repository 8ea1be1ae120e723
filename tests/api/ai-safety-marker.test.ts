// The AI's part of the safety net: when the model answers with the crisis marker, wherever it puts it, the
// person gets the fixed, human-written message (x-guide-source: safety) and none of the model's own words.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import followUp from '../../netlify/functions/ai-follow-up.mts';
import summary from '../../netlify/functions/ai-summary.mts';
import { CRISIS_MARKER } from '../../src/shared/guide-prompt/crisis-marker';
import { SAFETY_MESSAGE } from '../../src/shared/safety';
import { postJson, useGeminiStub } from '../support/api';
import type { GeminiStub } from '../support/gemini-stub';

const FOLLOW_UP = {
  setId: 'after-the-meeting',
  promptId: 'what-stuck',
  answer: 'Everything feels grey lately and I keep thinking nobody would notice.',
};
const SUMMARY = {
  setId: 'after-the-meeting',
  answers: [
    { promptId: 'what-stuck', answer: 'Everything feels grey lately and I keep thinking nobody would notice.' },
  ],
};
const MODEL_WORDS = 'I am so sorry you feel this way, what would help right now?';

const stubOf = useGeminiStub({ beforeAll, afterAll, beforeEach, afterEach });
let stub: GeminiStub;
beforeEach(() => {
  stub = stubOf();
});

const scripts: [string, string[], string | undefined][] = [
  ['alone, at the start', [CRISIS_MARKER], 'STOP'],
  ['at the start, with words after it', [`${CRISIS_MARKER} `, `${MODEL_WORDS}`], 'STOP'],
  ['mid-stream, after words of its own', [`${MODEL_WORDS} `, 'Please reach out. ', CRISIS_MARKER], 'STOP'],
  ['split across two chunks', [`${MODEL_WORDS} [[LODESTAR-`, 'SAFETY]]'], undefined],
  ['in bold, in lower case', [`**${CRISIS_MARKER.toLowerCase()}**`], 'STOP'],
  ['before the reply was cut off', [`${CRISIS_MARKER} ${MODEL_WORDS}`], 'MAX_TOKENS'],
];

describe.each([
  ['POST /api/ai/follow-up', followUp, '/api/ai/follow-up', FOLLOW_UP],
  ['POST /api/ai/summary', summary, '/api/ai/summary', SUMMARY],
] as const)('%s when the model answers with the crisis marker', (_name, handler, path, body) => {
  it.each(scripts)(
    'shows the safety message and none of the model’s words: marker %s',
    async (_where, chunks, finishReason) => {
      stub.setScript({ chunks, ...(finishReason ? { finishReason } : {}) });
      const response = await postJson(handler, path, body);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-guide-source')).toBe('safety');
      expect(response.headers.get('x-guide-fallback')).toBeNull();
      const text = await response.text();
      expect(text).toBe(SAFETY_MESSAGE);
      expect(text).not.toContain(MODEL_WORDS);
      expect(stub.requests).toHaveLength(1);
    },
  );

  it('tells the model the marker rule in its instructions', async () => {
    stub.setScript({ chunks: [CRISIS_MARKER], finishReason: 'STOP' });
    await (await postJson(handler, path, body)).text();
    expect(stub.requests[0]?.body.systemInstruction?.parts?.[0]?.text).toContain(
      `reply with exactly ${CRISIS_MARKER} and nothing else`,
    );
  });
});

describe('crisis caught before the model', () => {
  it('answers a disguised phrase with the safety message and sends nothing to Gemini', async () => {
    const response = await postJson(followUp, '/api/ai/follow-up', {
      ...FOLLOW_UP,
      answer: 'Honestly I feel su1c1dal some nights.',
    });
    expect(response.headers.get('x-guide-source')).toBe('safety');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
    expect(stub.requests).toHaveLength(0);
  });

  it('reads earlier replies too', async () => {
    const response = await postJson(followUp, '/api/ai/follow-up', {
      ...FOLLOW_UP,
      answer: 'It was fine.',
      earlier: [{ question: 'What else?', answer: 'Quiero morirme.' }],
    });
    expect(response.headers.get('x-guide-source')).toBe('safety');
    expect(stub.requests).toHaveLength(0);
  });
});
