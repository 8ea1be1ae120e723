// A 429 from the AI endpoints, as the person meets it: a sentence that says when to try again, read from
// Retry-After, and the built-in guide offered at once (for that request only).
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askFollowUp } from '../../src/browser/coach-client';
import { CoachError } from '../../src/browser/coach-error';
import { tightenUpdate } from '../../src/browser/journal/update-ai';
import { rateLimitedMessage, retryAfterSeconds, waitInWords } from '../../src/browser/rate-limited';
import { createCoachRequest } from '../../src/islands/runner/create-coach-request';

const PROMPT = { id: 'what-stuck', text: 'What stuck with you?', hint: 'One moment is enough.' };
const refused = (retryAfter?: string) =>
  new Response(
    JSON.stringify({
      error: { code: 'too_many_requests', message: 'Too many requests from your address. Try again in 40 seconds.' },
    }),
    { status: 429, headers: retryAfter ? { 'Retry-After': retryAfter } : {} },
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('retryAfterSeconds', () => {
  it('reads delay-seconds and an HTTP-date, and nothing else', () => {
    const now = Date.parse('2026-12-06T10:00:00Z');
    expect(retryAfterSeconds('40', now)).toBe(40);
    expect(retryAfterSeconds(' 7 ', now)).toBe(7);
    expect(retryAfterSeconds('Sun, 06 Dec 2026 10:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Sun, 06 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});

describe('waitInWords', () => {
  it.each([
    [40, 'in 40 seconds'],
    [1, 'in 1 second'],
    [0, 'in 1 second'],
    [60, 'in 60 seconds'],
    [300, 'in 5 minutes'],
    [undefined, 'in a minute'],
  ])('says %j seconds as "%s"', (seconds, words) => {
    expect(waitInWords(seconds)).toBe(words);
  });
});

describe('the coach client on a 429', () => {
  it('says when to try again, that the writing is kept, and offers the built-in guide', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => refused('40')),
    );
    const asking = askFollowUp(
      { guide: 'ai', tone: 'gentle', setId: 'after-the-meeting', prompt: PROMPT, answer: 'It went well.', earlier: [] },
      () => undefined,
    );
    const error = await asking.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoachError);
    expect((error as CoachError).message).toBe(
      'Too many requests came from your connection. Your writing is saved on this device. Try again in 40 seconds, or use the built-in guide now.',
    );
    expect((error as CoachError).offersBuiltIn).toBe(true);
  });

  it('says "in a minute" when Retry-After is missing', () => {
    expect(rateLimitedMessage(null)).toContain('Try again in a minute, or use the built-in guide now.');
  });

  it('offers nothing extra for other refusals', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 500 })),
    );
    const error = await askFollowUp(
      { guide: 'ai', tone: 'gentle', setId: 'after-the-meeting', prompt: PROMPT, answer: 'It went well.', earlier: [] },
      () => undefined,
    ).catch((e: unknown) => e);
    expect((error as CoachError).offersBuiltIn).toBe(false);
  });

  it('tells the update page when to try again too (it shares the summary limit)', async () => {
    const result = await tightenUpdate(async () => refused('12'), '## a', 'gentle');
    expect(result).toEqual({
      kind: 'unchanged',
      message: 'Too many requests came from your connection. Your draft is unchanged. Try again in 12 seconds.',
    });
  });
});

describe('createCoachRequest on a failure that offers the built-in guide', () => {
  it('offers the caller’s built-in entry point and says the sentence in the status line', async () => {
    const announce = vi.fn();
    const request = createRoot(() => createCoachRequest(announce));
    const builtIn = vi.fn();
    const message = rateLimitedMessage('30');
    await request.run({
      kind: 'follow-up',
      again: vi.fn(),
      builtIn,
      done: vi.fn(),
      ask: async () => Promise.reject(new CoachError(message, { offersBuiltIn: true })),
    });
    expect(request.failure()?.message).toBe(message);
    expect(announce).toHaveBeenCalledWith(message);
    request.failure()?.useBuiltIn?.();
    expect(builtIn).toHaveBeenCalledTimes(1);
  });

  it('offers no built-in guide for other failures, and leaves them to the alert', async () => {
    const announce = vi.fn();
    const request = createRoot(() => createCoachRequest(announce));
    await request.run({
      kind: 'follow-up',
      again: vi.fn(),
      builtIn: vi.fn(),
      done: vi.fn(),
      ask: async () => Promise.reject(new CoachError('The guide did not answer. Try again.')),
    });
    expect(request.failure()?.useBuiltIn).toBeUndefined();
    expect(announce).not.toHaveBeenCalled();
  });
});
