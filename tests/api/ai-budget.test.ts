// The operator's daily cost ceiling: GEMINI_DAILY_REQUEST_BUDGET requests a UTC day reach Gemini, counted in a
// real local Blobs store; past it the built-in guide answers with x-guide-fallback: budget.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getStore } from '@netlify/blobs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import followUp from '../../netlify/functions/ai-follow-up.mts';
import summary from '../../netlify/functions/ai-summary.mts';
import { BUDGET_STORE, countFor, spendOne } from '../../netlify/lib/budget-store';
import { readDailyBudget } from '../../netlify/lib/ai/daily-budget';
import { postJson, useGeminiStub, withEnv } from '../support/api';
import { pointBlobsAt, useLocalBlobs } from '../support/blobs';
import type { GeminiStub } from '../support/gemini-stub';

const FOLLOW_UP = {
  setId: 'after-the-meeting',
  promptId: 'what-stuck',
  answer: 'My mentor said the design doc was not ready, and I felt stuck.',
};
const SUMMARY = {
  setId: 'after-the-meeting',
  answers: [{ promptId: 'what-stuck', answer: 'The review went better than I feared.' }],
};
const today = () => new Date().toISOString().slice(0, 10);
const ask = async () => {
  const response = await postJson(followUp, '/api/ai/follow-up', FOLLOW_UP);
  await response.text();
  return { source: response.headers.get('x-guide-source'), fallback: response.headers.get('x-guide-fallback') };
};

const blobsOf = useLocalBlobs({ beforeAll, afterAll });
const stubOf = useGeminiStub({ beforeAll, afterAll, beforeEach, afterEach });
let stub: GeminiStub;
let restore = () => {};
beforeEach(async () => {
  stub = stubOf();
  const store = getStore({ name: BUDGET_STORE, consistency: 'strong' });
  for (const { key } of (await store.list()).blobs) await store.delete(key);
});
afterEach(() => {
  restore();
  restore = () => {};
  vi.restoreAllMocks();
});

describe('GEMINI_DAILY_REQUEST_BUDGET', () => {
  it('lets exactly the budget through to Gemini, then answers with the built-in guide and says why', async () => {
    restore = withEnv({ GEMINI_DAILY_REQUEST_BUDGET: '3' });
    const replies = [await ask(), await ask(), await ask(), await ask(), await ask()];
    expect(replies.slice(0, 3)).toEqual(Array(3).fill({ source: 'gemini', fallback: null }));
    expect(replies.slice(3)).toEqual(Array(2).fill({ source: 'built-in', fallback: 'budget' }));
    expect(stub.requests).toHaveLength(3);
    expect(await countFor(today())).toBe(3);
  });

  it('shares one budget between follow-ups and summaries', async () => {
    restore = withEnv({ GEMINI_DAILY_REQUEST_BUDGET: '1' });
    expect((await ask()).source).toBe('gemini');
    const response = await postJson(summary, '/api/ai/summary', SUMMARY);
    expect(response.headers.get('x-guide-fallback')).toBe('budget');
    expect(stub.requests).toHaveLength(1);
  });

  it('holds at its edge under concurrent requests from one instance', async () => {
    restore = withEnv({ GEMINI_DAILY_REQUEST_BUDGET: '5' });
    const replies = await Promise.all(Array.from({ length: 12 }, ask));
    expect(replies.filter((r) => r.source === 'gemini')).toHaveLength(5);
    expect(replies.filter((r) => r.fallback === 'budget')).toHaveLength(7);
    expect(stub.requests).toHaveLength(5);
  });

  it('takes a raised budget at once', async () => {
    restore = withEnv({ GEMINI_DAILY_REQUEST_BUDGET: '1' });
    await ask();
    expect((await ask()).fallback).toBe('budget');
    process.env['GEMINI_DAILY_REQUEST_BUDGET'] = '2';
    expect((await ask()).source).toBe('gemini');
  });

  it('counts only requests that would reach Gemini: not crisis, bad input or a missing key', async () => {
    restore = withEnv({ GEMINI_DAILY_REQUEST_BUDGET: '10' });
    await (await postJson(followUp, '/api/ai/follow-up', { ...FOLLOW_UP, answer: 'I want to die.' })).text();
    await (await postJson(followUp, '/api/ai/follow-up', { ...FOLLOW_UP, answer: '' })).text();
    delete process.env['GEMINI_API_KEY'];
    expect((await ask()).fallback).toBe('no-key');
    expect(await countFor(today())).toBe(0);
  });

  it('with 0, or a value that is not a whole number, sends nothing to Gemini', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of ['0', 'lots', '-5', '2.5']) {
      restore = withEnv({ GEMINI_DAILY_REQUEST_BUDGET: value });
      expect(await ask()).toEqual({ source: 'built-in', fallback: 'budget' });
      restore();
    }
    expect(stub.requests).toHaveLength(0);
    expect(warn.mock.calls.flat().join(' ')).toContain('GEMINI_DAILY_REQUEST_BUDGET is not a whole number');
  });

  it('lets requests through, uncounted, when the store cannot be reached', async () => {
    restore = withEnv({ GEMINI_DAILY_REQUEST_BUDGET: '1' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const blobs = blobsOf();
    pointBlobsAt('http://127.0.0.1:9', blobs.siteID, blobs.token);
    try {
      expect((await ask()).source).toBe('gemini');
    } finally {
      pointBlobsAt(blobs.url, blobs.siteID, blobs.token);
    }
    expect(warn.mock.calls.flat().join(' ')).toMatch(/daily budget could not be counted/);
  });

  it('does not hang, or hold later requests, when the store accepts a request and never answers', async () => {
    restore = withEnv({ GEMINI_DAILY_REQUEST_BUDGET: '1' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const blobs = blobsOf();
    pointBlobsAt(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, blobs.siteID, blobs.token);
    try {
      const started = performance.now();
      const replies = await Promise.all([ask(), ask()]);
      expect(replies.map((r) => r.source)).toEqual(['gemini', 'gemini']);
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      pointBlobsAt(blobs.url, blobs.siteID, blobs.token);
      silent.closeAllConnections();
      silent.close();
    }
  });
});

describe('the budget store', () => {
  it('starts each UTC day afresh', async () => {
    expect(await spendOne('2026-11-24', 1)).toBe('spent');
    expect(await spendOne('2026-11-24', 1)).toBe('exhausted');
    expect(await spendOne('2026-11-25', 1)).toBe('spent');
    expect(await countFor('2026-11-24')).toBe(1);
  });

  it('reads a counter that is not JSON as empty rather than failing', async () => {
    await getStore({ name: BUDGET_STORE, consistency: 'strong' }).set('requests-2026-11-26', 'not json');
    expect(await spendOne('2026-11-26', 1)).toBe('spent');
    expect(await countFor('2026-11-26')).toBe(1);
  });
});

describe('readDailyBudget', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['', { kind: 'none' }],
    [' 250 ', { kind: 'limit', requests: 250 }],
    ['0', { kind: 'limit', requests: 0 }],
  ])('reads %j as %j', (value, budget) => {
    expect(readDailyBudget({ GEMINI_DAILY_REQUEST_BUDGET: value })).toEqual(budget);
  });
});
