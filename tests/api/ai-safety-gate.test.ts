// The safety gate at the AI endpoints, with the real handlers and the real Gemini SDK against the local stub: every
// request gets exactly one of three kinds. Crisis and care never reach the model and say so in X-Guide-Safety; the
// model's own risk judgement (structured output) is a second opinion where the stricter wins; a model reply that
// itself speaks of harm is never shown. What production relies on that this cannot show: that the real model's
// judgement is any good; the patterns are the floor that holds without it.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import followUp from '../../netlify/functions/ai-follow-up.mts';
import summary from '../../netlify/functions/ai-summary.mts';
import update from '../../netlify/functions/ai-update.mts';
import { CARE_QUESTIONS, SAFETY_MESSAGE, mentionsHarm } from '../../src/shared/safety';
import { postJson, useGeminiStub } from '../support/api';
import { STUB_FOLLOW_UP, type GeminiStub } from '../support/gemini-stub';

const stubOf = useGeminiStub({ beforeAll, afterAll, beforeEach, afterEach });
let stub: GeminiStub;
beforeEach(() => {
  stub = stubOf();
});

const askFollowUp = (answer: string, earlier: { question: string; answer: string }[] = []) =>
  postJson(followUp, '/api/ai/follow-up', { setId: 'after-the-meeting', promptId: 'what-stuck', answer, earlier });
const askSummary = (answers: string[]) =>
  postJson(summary, '/api/ai/summary', {
    setId: 'after-the-meeting',
    answers: answers.map((answer, i) => ({
      promptId: ['what-stuck', 'how-it-feels', 'what-surprised-you', 'your-next-step', 'to-follow-up'][i]!,
      answer,
      followUps: [],
    })),
  });
const DRAFT = (line: string) =>
  `## What I did since we last met\n\n- Sent the plan.\n\n## What happened\n\n${line}\n\n## What I would like your help with\n\n- Time.\n`;

describe('POST /api/ai/follow-up through the gate', () => {
  it.each([
    'I want to end it.',
    "Everything is ready I'm gonna do it",
    "she'd be better off if i weren't here to burden her.",
    'Honestly I have the pills saved up for when it gets bad enough.',
  ])('answers "%s" with the safety message and X-Guide-Safety: crisis, sending nothing to Gemini', async (answer) => {
    const response = await askFollowUp(answer);
    expect(response.headers.get('x-guide-safety')).toBe('crisis');
    expect(response.headers.get('x-guide-source')).toBe('safety');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
    expect(stub.requests).toHaveLength(0);
  });

  it('answers words of harm with a care question and X-Guide-Safety: care, quoting nothing, sending nothing', async () => {
    const answer = 'I don’t want to die, but I want to escape.';
    const response = await askFollowUp(answer);
    expect(response.headers.get('x-guide-safety')).toBe('care');
    expect(response.headers.get('x-guide-source')).toBe('care');
    const text = await response.text();
    expect(CARE_QUESTIONS as readonly string[]).toContain(text);
    expect(mentionsHarm(text)).toBe(false);
    expect(stub.requests).toHaveLength(0);
  });

  it('never asks the same care question twice for one prompt', async () => {
    const answer = 'I see no way out.';
    const first = await (await askFollowUp(answer)).text();
    const second = await (
      await askFollowUp(answer, [{ question: first, answer: 'I feel dead inside lately.' }])
    ).text();
    expect(CARE_QUESTIONS as readonly string[]).toContain(second);
    expect(second).not.toBe(first);
  });

  it('sends no X-Guide-Safety for an ordinary answer, idioms included', async () => {
    const response = await askFollowUp('This migration is killing me, but I will split it into three parts by Friday.');
    expect(response.headers.get('x-guide-safety')).toBeNull();
    expect(await response.text()).toBe(STUB_FOLLOW_UP);
  });

  it('shows the safety message when the model judges crisis, whatever it wrote beside it', async () => {
    stub.setRisk('crisis');
    const response = await askFollowUp('Everything feels grey lately and nobody would notice.');
    expect(response.headers.get('x-guide-safety')).toBe('crisis');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.body.generationConfig?.responseMimeType).toBe('application/json');
  });

  it('gives the care question when the model judges care', async () => {
    stub.setRisk('care');
    const response = await askFollowUp('Everything feels grey lately.');
    expect(response.headers.get('x-guide-safety')).toBe('care');
    expect(CARE_QUESTIONS as readonly string[]).toContain(await response.text());
  });

  it('replaces a model reply that itself speaks of self-harm or methods with the safety message', async () => {
    stub.setScript({
      chunks: [JSON.stringify({ risk: 'none', reply: 'Have you thought about how many pills it would take?' })],
      finishReason: 'STOP',
    });
    const response = await askFollowUp('The review was hard and I went quiet.');
    expect(response.headers.get('x-guide-safety')).toBe('crisis');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
  });

  it('lets the built-in guide answer when the model’s question merely uses a word of harm', async () => {
    stub.setScript({
      chunks: [JSON.stringify({ risk: 'none', reply: 'What made that conversation so painful for you?' })],
      finishReason: 'STOP',
    });
    const response = await askFollowUp('The review was hard and I went quiet.');
    expect(response.headers.get('x-guide-safety')).toBeNull();
    expect(response.headers.get('x-guide-fallback')).toBe('upstream-error');
    expect(mentionsHarm(await response.text())).toBe(false);
  });

  it('reads a sign split over the answer and a reply to a follow-up', async () => {
    const response = await askFollowUp('Everything is ready now.', [
      { question: 'What comes next?', answer: "I'm going to do it." },
    ]);
    expect(response.headers.get('x-guide-safety')).toBe('crisis');
  });
});

describe('POST /api/ai/summary through the gate', () => {
  it('answers five answers with a sign among them with the safety message, nothing listed as a step', async () => {
    const response = await askSummary([
      'The meeting was about my project plan.',
      'I want to end it.',
      'My mentor listened.',
      'Everything is ready, I am gonna do it next week after I write a few notes.',
      'Nothing else.',
    ]);
    expect(response.headers.get('x-guide-safety')).toBe('crisis');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
    expect(stub.requests).toHaveLength(0);
  });

  it('makes a care summary from the harmless sentences only, without the model', async () => {
    const response = await askSummary([
      'I will send Dana the revised case study by Friday.',
      'Some days I feel dead inside at work.',
    ]);
    expect(response.headers.get('x-guide-safety')).toBe('care');
    const text = await response.text();
    expect(text).toContain('I will send Dana the revised case study by Friday.');
    expect(text).not.toContain('dead inside');
    expect(stub.requests).toHaveLength(0);
  });

  it('reads the check-ins’ commitments and notes too', async () => {
    const response = await postJson(summary, '/api/ai/summary', {
      setId: 'after-the-meeting',
      answers: [{ promptId: 'what-stuck', answer: 'It went fine.', followUps: [] }],
      checkIns: [
        {
          text: 'Write the goodbye letters to my family',
          state: 'open',
          note: 'Nearly done, then I am gone for good.',
        },
      ],
    });
    expect(response.headers.get('x-guide-safety')).toBe('crisis');
  });
});

describe('POST /api/ai/update through the gate', () => {
  it('answers a draft with a sign with the safety message', async () => {
    const response = await postJson(update, '/api/ai/update', {
      draft: DRAFT('Honestly I have been thinking about ending my life.'),
      tone: 'gentle',
    });
    expect(response.headers.get('x-guide-safety')).toBe('crisis');
    expect(await response.text()).toBe(SAFETY_MESSAGE);
    expect(stub.requests).toHaveLength(0);
  });

  it('leaves a draft with words of harm unchanged, marked care, without the model', async () => {
    const draft = DRAFT('I feel hopeless about everything lately.');
    const response = await postJson(update, '/api/ai/update', { draft, tone: 'gentle' });
    expect(response.headers.get('x-guide-safety')).toBe('care');
    expect(await response.text()).toBe(draft);
    expect(stub.requests).toHaveLength(0);
  });
});
