// The on-device guide's adapter against a scripted Prompt API (tests/support/fake-language-model.ts, which says what a
// real model may do that it cannot): the same prompts as the server's, the same safety net on what comes out, the
// same usable-reply checks, the summary streamed only as far as the gate has passed it, and the built-in guide with a
// reason when the model is missing, fails, or is too slow. Nothing is fetched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askFollowUp, askSummary, type FollowUpInput, type SummaryInput } from '../../src/browser/coach-client';
import { CoachError } from '../../src/browser/coach-error';
import { ON_DEVICE_LIMITS, followUpOnDevice, summaryOnDevice } from '../../src/browser/on-device/on-device-guide';
import { buildFollowUpPrompt, buildSummaryPrompt, CRISIS_MARKER } from '../../src/shared/guide-prompt';
import { CARE_QUESTIONS, SAFETY_MESSAGE } from '../../src/shared/safety';
import {
  installFakeLanguageModel,
  type FakeRecord,
  type FakeReply,
  type FakeScript,
} from '../support/fake-language-model';

const PROMPT = { id: 'what-stuck', text: 'What stuck with you from the meeting?', hint: 'One moment is enough.' };
const SET = { id: 'after-the-meeting', title: 'After the meeting', prompts: [PROMPT] };
const followUpInput: FollowUpInput = {
  guide: 'on-device',
  tone: 'gentle',
  setId: SET.id,
  setTitle: SET.title,
  prompt: PROMPT,
  answer: 'My mentor asked about the launch plan.',
  earlier: [],
};
const summaryInput: SummaryInput = {
  guide: 'on-device',
  tone: 'direct',
  setId: SET.id,
  setTitle: SET.title,
  prompts: [PROMPT],
  answers: [
    { promptId: PROMPT.id, answer: 'We went over the launch plan. I will send the draft on Friday.', followUps: [] },
  ],
};

/** The guide's JSON reply, cut into chunks of `size` characters as a model streams it. */
function jsonReply(risk: string, reply: string, size = 12): string[] {
  const raw = JSON.stringify({ risk, reply });
  const chunks: string[] = [];
  for (let i = 0; i < raw.length; i += size) chunks.push(raw.slice(i, i + size));
  return chunks;
}

const SUMMARY = [
  '## What stood out',
  'It sounds like the launch plan was the heart of the meeting.',
  '## Strengths',
  '- You came with a plan.',
  '## Growth edges',
  '- None named yet.',
  '## Next steps',
  '- Send the draft on Friday.',
  '## Questions for your mentor',
  '- What would you change in the plan?',
].join('\n');

const record = () => (globalThis as unknown as { __fakeLanguageModel: FakeRecord }).__fakeLanguageModel;
const install = (replies: FakeReply[], more: Partial<FakeScript> = {}) =>
  installFakeLanguageModel({ availability: 'available', replies, ...more });

beforeEach(() => {
  // Nothing may reach the server from the on-device guide.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new Error('the on-device guide fetched'))),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
});

describe('followUpOnDevice', () => {
  it('asks the model with the server’s own prompt, constrained to the guide’s JSON, and returns its question', async () => {
    install([{ chunks: jsonReply('none', 'What did your mentor want to see in the plan?') }]);
    const outcome = await followUpOnDevice(followUpInput);
    expect(outcome).toEqual({ kind: 'reply', text: 'What did your mentor want to see in the plan?' });
    const expected = buildFollowUpPrompt(SET, {
      setId: SET.id,
      promptId: PROMPT.id,
      answer: followUpInput.answer,
      earlier: [],
      tone: 'gentle',
    });
    expect(record().created[0]?.systemPrompt).toBe(expected.systemInstruction);
    expect(record().prompts[0]).toEqual({ input: expected.parts.join('\n\n'), constrained: true });
    expect(record().destroyed).toBe(1);
  });

  it('reads a plain-text reply that ignored the JSON, as the server does', async () => {
    install([{ chunks: ['What did ', 'you notice first?'] }]);
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'reply', text: 'What did you notice first?' });
  });

  it('gives the safety message for the model’s crisis judgement, and for its crisis marker mid-way', async () => {
    install([
      { chunks: jsonReply('crisis', 'What happened next?') },
      { chunks: ['{"risk":"none","reply":"', CRISIS_MARKER.slice(0, 9), CRISIS_MARKER.slice(9), '"}'] },
    ]);
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'crisis' });
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'crisis' });
  });

  it('gives the care answer for the model’s care judgement', async () => {
    install([{ chunks: jsonReply('care', 'What is weighing on you?') }]);
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'care' });
  });

  it('gives the safety message when the model’s own question speaks of harm, and the built-in guide for a word of harm', async () => {
    install([
      { chunks: jsonReply('none', 'Have you thought about how you would kill yourself?') },
      { chunks: jsonReply('none', 'What part of it felt painful?') },
    ]);
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'crisis' });
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'fallback', reason: 'on-device-failed' });
  });

  it('gives way to the built-in guide for a reply that is not a question', async () => {
    install([{ chunks: jsonReply('none', 'That sounds like a good meeting.') }]);
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'fallback', reason: 'on-device-failed' });
  });

  it('gives way when there is no Prompt API, when the model is not downloaded, and when it fails mid-stream', async () => {
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'fallback', reason: 'on-device-unavailable' });
    installFakeLanguageModel({ availability: 'downloadable', replies: [] });
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'fallback', reason: 'on-device-not-downloaded' });
    expect(record().created).toEqual([]);
    install([{ chunks: jsonReply('none', 'What happened?'), failAfter: 2 }]);
    expect(await followUpOnDevice(followUpInput)).toEqual({ kind: 'fallback', reason: 'on-device-failed' });
  });

  it('gives way when the model says nothing in time, and lets the session go', async () => {
    vi.useFakeTimers();
    install([{ chunks: [], hang: true }]);
    const asking = followUpOnDevice(followUpInput);
    await vi.advanceTimersByTimeAsync(ON_DEVICE_LIMITS['follow-up'].firstMs + 1);
    expect(await asking).toEqual({ kind: 'fallback', reason: 'on-device-slow' });
    expect(record().destroyed).toBe(1);
  });

  it('stops when the person stops the request', async () => {
    install([{ chunks: [], hang: true }]);
    const controller = new AbortController();
    const asking = followUpOnDevice(followUpInput, controller.signal);
    setTimeout(() => controller.abort(), 10);
    await expect(asking).rejects.toBeInstanceOf(CoachError);
  });
});

describe('summaryOnDevice', () => {
  it('streams only whole sentences and lines, then the summary in its five sections', async () => {
    install([{ chunks: jsonReply('none', SUMMARY, 7) }]);
    const shown: string[] = [];
    const outcome = await summaryOnDevice(summaryInput, (text) => shown.push(text));
    expect(outcome.kind).toBe('reply');
    expect(shown.length).toBeGreaterThan(3);
    for (const text of shown.slice(0, -1))
      expect(SUMMARY.startsWith(text) && (text === '' || /[.?!\n]$/.test(text))).toBe(true);
    expect(shown.at(-1)).toBe(outcome.kind === 'reply' ? outcome.text : '');
    const expected = buildSummaryPrompt(SET, { setId: SET.id, answers: summaryInput.answers, tone: 'direct' });
    expect(record().created[0]?.systemPrompt).toBe(expected.systemInstruction);
  });

  it('never shows a sentence that speaks of harm: what was shown is cleared and the safety message stands', async () => {
    const turn = SUMMARY.replace('- Send the draft on Friday.', '- Decide when to end my life.');
    install([{ chunks: jsonReply('none', turn, 9) }]);
    const shown: string[] = [];
    expect(await summaryOnDevice(summaryInput, (text) => shown.push(text))).toEqual({ kind: 'crisis' });
    expect(shown.some((text) => text.includes('end my life'))).toBe(false);
    expect(shown.some((text) => text.includes('Strengths'))).toBe(true);
    expect(shown.at(-1)).toBe('');
  });

  it('stops at a word of harm and gives way to the built-in guide', async () => {
    install([{ chunks: jsonReply('none', SUMMARY.replace('You came with a plan.', 'You faced a painful week.'), 9) }]);
    const shown: string[] = [];
    expect(await summaryOnDevice(summaryInput, (text) => shown.push(text))).toEqual({
      kind: 'fallback',
      reason: 'on-device-failed',
    });
    expect(shown.some((text) => text.includes('painful'))).toBe(false);
    expect(shown.at(-1)).toBe('');
  });

  it('stops as soon as the model judges the text a care text, before any of its words show', async () => {
    install([{ chunks: jsonReply('care', SUMMARY) }]);
    const shown: string[] = [];
    expect(await summaryOnDevice(summaryInput, (text) => shown.push(text))).toEqual({ kind: 'care' });
    expect(shown.filter(Boolean)).toEqual([]);
  });

  it('gives way when the stream breaks mid-way, clearing what was shown', async () => {
    install([{ chunks: jsonReply('none', SUMMARY, 9), failAfter: 12 }]);
    const shown: string[] = [];
    expect(await summaryOnDevice(summaryInput, (text) => shown.push(text))).toEqual({
      kind: 'fallback',
      reason: 'on-device-failed',
    });
    expect(shown.some(Boolean)).toBe(true);
    expect(shown.at(-1)).toBe('');
  });
});

describe('the coach client with the on-device guide', () => {
  it('gives the safety message for a crisis answer without asking the model', async () => {
    install([{ chunks: jsonReply('none', 'What happened next?') }]);
    const reply = await askFollowUp({ ...followUpInput, answer: 'Honestly I want to end it all.' }, () => undefined);
    expect(reply).toEqual({ text: SAFETY_MESSAGE, source: 'safety', fallback: null });
    expect(record().created).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gives a care question for a care answer without asking the model', async () => {
    install([{ chunks: jsonReply('none', 'What happened next?') }]);
    const reply = await askFollowUp(
      { ...followUpInput, answer: 'I don’t want to die, but I want to escape.' },
      () => undefined,
    );
    expect(reply.source).toBe('care');
    expect(CARE_QUESTIONS as readonly string[]).toContain(reply.text);
    expect(record().created).toEqual([]);
  });

  it('answers with the model’s question, marked as on-device, and fetches nothing', async () => {
    install([{ chunks: jsonReply('none', 'What did your mentor want to see?') }]);
    const reply = await askFollowUp(followUpInput, () => undefined);
    expect(reply).toEqual({ text: 'What did your mentor want to see?', source: 'on-device', fallback: null });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('answers with the built-in guide and the reason when the model cannot', async () => {
    const reply = await askFollowUp(followUpInput, () => undefined);
    expect(reply.source).toBe('built-in');
    expect(reply.fallback).toBe('on-device-unavailable');
    expect(reply.text).toContain('?');
  });

  it('writes the built-in summary, as care, when the model judges the answers a care text', async () => {
    install([{ chunks: jsonReply('care', SUMMARY) }]);
    const reply = await askSummary(summaryInput, () => undefined);
    expect(reply.source).toBe('care');
    expect(reply.text).toContain('## Next steps');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gives the safety message for a summary of crisis answers without asking the model', async () => {
    install([{ chunks: jsonReply('none', SUMMARY) }]);
    const answers = [
      {
        promptId: PROMPT.id,
        answer: 'Everything is ready, I am gonna do it next week after I write a few notes.',
        followUps: [],
      },
    ];
    const reply = await askSummary({ ...summaryInput, answers }, () => undefined);
    expect(reply.source).toBe('safety');
    expect(record().created).toEqual([]);
  });
});
