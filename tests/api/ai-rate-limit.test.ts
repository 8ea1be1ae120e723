// The per-address limit on the AI endpoints: AI_LIMIT_FOLLOW_UPS_PER_MINUTE (30) for follow-ups and
// AI_LIMIT_SUMMARIES_PER_MINUTE (10) shared by summaries and updates, counted by the address Netlify gives the
// function (context.ip), whichever guide answers. The real handlers, with no key: the built-in guide answers, so a
// burst of 120 needs no Gemini stub, and the limit is shown to hold without one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import followUp from '../../netlify/functions/ai-follow-up.mts';
import summary from '../../netlify/functions/ai-summary.mts';
import update from '../../netlify/functions/ai-update.mts';
import { errorOf, withEnv, type Handler } from '../support/api';

const FOLLOW_UP = {
  setId: 'after-the-meeting',
  promptId: 'what-stuck',
  answer: 'My mentor said the design doc was not ready, and I felt stuck.',
};
const SUMMARY = {
  setId: 'after-the-meeting',
  answers: [{ promptId: 'what-stuck', answer: 'The review went better than I feared.' }],
};
const UPDATE = {
  draft:
    '## What I did since we last met\n\n- Done: the agenda\n\n## What happened\n\nIt went well.\n\n## What I would like your help with\n\n- Reviews\n',
};

let addresses = 0;
/** An address no other test has used: the count lives in the module, for the whole file. */
const freshIp = () => `203.0.113.${++addresses}`;

const send = async (
  handler: Handler,
  path: string,
  body: unknown,
  ip: string,
  headers: Record<string, string> = {},
) => {
  const response = await handler(
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
    { ip } as never,
  );
  return response;
};
const askFollowUp = (ip: string, headers?: Record<string, string>) =>
  send(followUp, '/api/ai/follow-up', FOLLOW_UP, ip, headers);
const statuses = (responses: Response[]) => responses.map((r) => r.status);

let restore = () => {};
beforeEach(() => {
  // No key: the built-in guide answers. Limits at their defaults unless a test sets them.
  restore = withEnv({
    GEMINI_API_KEY: undefined,
    GEMINI_BASE_URL: undefined,
    GEMINI_DAILY_REQUEST_BUDGET: undefined,
    AI_LIMIT_FOLLOW_UPS_PER_MINUTE: undefined,
    AI_LIMIT_SUMMARIES_PER_MINUTE: undefined,
  });
});
afterEach(() => {
  restore();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the follow-up limit', () => {
  it('is on by default: of 120 concurrent follow-ups from one address exactly 30 pass, the rest are 429 with Retry-After and a sentence', async () => {
    const ip = freshIp();
    const responses = await Promise.all(Array.from({ length: 120 }, () => askFollowUp(ip)));
    expect(statuses(responses).filter((s) => s === 200)).toHaveLength(30);
    const refused = responses.filter((r) => r.status === 429);
    expect(refused).toHaveLength(90);
    for (const response of refused) {
      const wait = Number(response.headers.get('retry-after'));
      expect(Number.isInteger(wait) && wait >= 1 && wait <= 60).toBe(true);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await errorOf(response)).toEqual({
        code: 'too_many_requests',
        message: `Too many requests from your address. Try again in ${wait} seconds.`,
      });
    }
  });

  it('says how long is left of the minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
    const ip = freshIp();
    for (let i = 0; i < 30; i += 1) expect((await askFollowUp(ip)).status).toBe(200);
    vi.setSystemTime(new Date('2026-12-06T10:00:20Z'));
    const refused = await askFollowUp(ip);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect((await errorOf(refused)).message).toBe('Too many requests from your address. Try again in 40 seconds.');
    vi.setSystemTime(new Date('2026-12-06T10:01:00.001Z'));
    expect((await askFollowUp(ip)).status).toBe(200);
  });

  it('leaves another address alone', async () => {
    const busy = freshIp();
    await Promise.all(Array.from({ length: 40 }, () => askFollowUp(busy)));
    expect((await askFollowUp(busy)).status).toBe(429);
    expect((await askFollowUp(freshIp())).status).toBe(200);
  });

  it('ignores headers the client sets: a spoofed X-Forwarded-For does not escape it', async () => {
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        askFollowUp(ip, {
          'x-forwarded-for': `192.0.2.${i}`,
          'x-real-ip': `192.0.2.${i}`,
          'x-nf-client-connection-ip': `192.0.2.${i}`,
          'client-ip': `192.0.2.${i}`,
        }),
      ),
    );
    expect(statuses(responses).filter((s) => s === 200)).toHaveLength(30);
    expect(statuses(responses).filter((s) => s === 429)).toHaveLength(10);
  });

  it('counts a request before its body is read, so invalid requests count too', async () => {
    const ip = freshIp();
    restore = withEnv({ GEMINI_API_KEY: undefined, AI_LIMIT_FOLLOW_UPS_PER_MINUTE: '2' });
    expect((await send(followUp, '/api/ai/follow-up', { setId: 'after-the-meeting' }, ip)).status).toBe(400);
    expect((await send(followUp, '/api/ai/follow-up', { ...FOLLOW_UP, setId: 'no-such-set' }, ip)).status).toBe(404);
    expect((await askFollowUp(ip)).status).toBe(429);
  });

  it('holds the same when Gemini would answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // A key and an endpoint that refuses at once: the first is answered (the built-in guide stands in), the second is not.
    restore = withEnv({
      GEMINI_API_KEY: 'test-key',
      GEMINI_BASE_URL: 'http://127.0.0.1:9',
      AI_LIMIT_FOLLOW_UPS_PER_MINUTE: '1',
    });
    const ip = freshIp();
    expect((await askFollowUp(ip)).status).toBe(200);
    expect((await askFollowUp(ip)).status).toBe(429);
  });

  it('is off with 0', async () => {
    restore = withEnv({ GEMINI_API_KEY: undefined, AI_LIMIT_FOLLOW_UPS_PER_MINUTE: '0' });
    const ip = freshIp();
    const responses = await Promise.all(Array.from({ length: 60 }, () => askFollowUp(ip)));
    expect(new Set(statuses(responses))).toEqual(new Set([200]));
  });

  it('is read at request time', async () => {
    restore = withEnv({ GEMINI_API_KEY: undefined, AI_LIMIT_FOLLOW_UPS_PER_MINUTE: '1' });
    const ip = freshIp();
    expect((await askFollowUp(ip)).status).toBe(200);
    expect((await askFollowUp(ip)).status).toBe(429);
    process.env['AI_LIMIT_FOLLOW_UPS_PER_MINUTE'] = '3';
    expect((await askFollowUp(ip)).status).toBe(200);
  });

  it('keeps its default for a value that is not a whole number, and says so in the log once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    restore = withEnv({ GEMINI_API_KEY: undefined, AI_LIMIT_FOLLOW_UPS_PER_MINUTE: 'lots' });
    const ip = freshIp();
    const responses = await Promise.all(Array.from({ length: 35 }, () => askFollowUp(ip)));
    expect(statuses(responses).filter((s) => s === 200)).toHaveLength(30);
    const warnings = warn.mock.calls
      .flat()
      .filter((line) => String(line).includes('AI_LIMIT_FOLLOW_UPS_PER_MINUTE is not a whole number'));
    expect(warnings).toHaveLength(1);
  });

  it('never refuses a person at a human pace: one follow-up every ten seconds for ten minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse('2026-12-06T10:00:00Z');
    const ip = freshIp();
    for (let i = 0; i < 60; i += 1) {
      vi.setSystemTime(start + i * 10_000);
      expect((await askFollowUp(ip)).status).toBe(200);
    }
  });
});

describe('the summary limit', () => {
  it('is shared by summaries and updates: 10 a minute from one address, together', async () => {
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 ? send(update, '/api/ai/update', UPDATE, ip) : send(summary, '/api/ai/summary', SUMMARY, ip),
      ),
    );
    expect(statuses(responses).filter((s) => s === 200)).toHaveLength(10);
    expect(statuses(responses).filter((s) => s === 429)).toHaveLength(10);
    expect((await send(update, '/api/ai/update', UPDATE, ip)).status).toBe(429);
    expect((await send(summary, '/api/ai/summary', SUMMARY, ip)).status).toBe(429);
    expect((await askFollowUp(ip)).status).toBe(200); // follow-ups are counted on their own
  });

  it('follows AI_LIMIT_SUMMARIES_PER_MINUTE, and is off with 0', async () => {
    restore = withEnv({ GEMINI_API_KEY: undefined, AI_LIMIT_SUMMARIES_PER_MINUTE: '1' });
    const ip = freshIp();
    expect((await send(update, '/api/ai/update', UPDATE, ip)).status).toBe(200);
    const refused = await send(summary, '/api/ai/summary', SUMMARY, ip);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    process.env['AI_LIMIT_SUMMARIES_PER_MINUTE'] = '0';
    const responses = await Promise.all(
      Array.from({ length: 15 }, () => send(summary, '/api/ai/summary', SUMMARY, ip)),
    );
    expect(new Set(statuses(responses))).toEqual(new Set([200]));
  });

  it('never refuses a person at a human pace: one summary a minute for an hour', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse('2026-12-06T10:00:00Z');
    const ip = freshIp();
    for (let i = 0; i < 60; i += 1) {
      vi.setSystemTime(start + i * 60_000);
      const handler = i % 2 ? update : summary;
      expect(
        (await send(handler, i % 2 ? '/api/ai/update' : '/api/ai/summary', i % 2 ? UPDATE : SUMMARY, ip)).status,
      ).toBe(200);
    }
  });
});
