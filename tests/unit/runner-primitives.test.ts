// The runner's behaviour primitives in Node with Solid's browser build. `window` and `document` are plain
// EventTargets here: the primitives only listen for events on them, which is all these tests need to drive.
import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachReply } from '../../src/browser/coach-client';
import { CoachError } from '../../src/browser/coach-error';
import { newDraft } from '../../src/shared/model/draft';
import { createAutosave } from '../../src/islands/runner/create-autosave';
import { createCoachRequest } from '../../src/islands/runner/create-coach-request';
import { createOnline } from '../../src/islands/runner/create-online';
import { createOtherTabWatch } from '../../src/islands/runner/create-other-tab-watch';
import { createPreferences } from '../../src/islands/runner/create-preferences';

let fakeDocument: EventTarget & { visibilityState: string };

beforeEach(() => {
  fakeDocument = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', fakeDocument);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createAutosave', () => {
  it('saves once after a burst of changes, not per change', () => {
    const save = vi.fn(() => true);
    const autosave = createRoot(() => createAutosave(save, 400));
    for (let i = 0; i < 30; i++) {
      autosave.schedule();
      vi.advanceTimersByTime(50);
    }
    expect(save).not.toHaveBeenCalled();
    expect(autosave.state()).toBe('saving');
    vi.advanceTimersByTime(400);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosave.state()).toBe('saved');
  });

  it.each([
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the tab hiding',
      () => ((fakeDocument.visibilityState = 'hidden'), fakeDocument.dispatchEvent(new Event('visibilitychange'))),
    ],
  ])('saves at once on %s, before the debounce', (_name, hide) => {
    const save = vi.fn(() => true);
    createRoot(() => createAutosave(save, 400)).schedule();
    hide();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser refuses to store', () => {
    const autosave = createRoot(() => createAutosave(() => false, 10));
    autosave.schedule();
    vi.advanceTimersByTime(10);
    expect(autosave.state()).toBe('failed');
  });

  it('cancel drops a waiting save', () => {
    const save = vi.fn(() => true);
    const autosave = createRoot(() => createAutosave(save, 10));
    autosave.schedule();
    autosave.cancel();
    vi.advanceTimersByTime(50);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('createOtherTabWatch', () => {
  const KEY = 'lodestar:draft:set';
  const storageEvent = (key: string | null, newValue: string | null) =>
    Object.assign(new Event('storage'), { key, newValue });

  it('reports a newer version from another tab, and ignores an older one', () => {
    const ours = { ...newDraft('set'), updatedAt: '2026-11-25T10:00:00.000Z' };
    const watch = createRoot(() => createOtherTabWatch(KEY, 'set', ['one'], () => ours));
    window.dispatchEvent(storageEvent(KEY, JSON.stringify({ ...ours, updatedAt: '2026-11-25T09:00:00.000Z' })));
    expect(watch.change()).toBeNull();
    window.dispatchEvent(
      storageEvent(KEY, JSON.stringify({ ...ours, phase: 'review', updatedAt: '2026-11-25T11:00:00.000Z' })),
    );
    expect(watch.change()).toMatchObject({ kind: 'changed', theirs: { phase: 'review' } });
  });

  it('reports another tab clearing the draft ("Start again") or all storage', () => {
    const watch = createRoot(() => createOtherTabWatch(KEY, 'set', ['one'], () => newDraft('set')));
    window.dispatchEvent(storageEvent(KEY, null));
    expect(watch.change()).toEqual({ kind: 'cleared' });
    watch.dismiss();
    window.dispatchEvent(storageEvent(null, null));
    expect(watch.change()).toEqual({ kind: 'cleared' });
  });

  it('ignores other keys', () => {
    const watch = createRoot(() => createOtherTabWatch(KEY, 'set', ['one'], () => newDraft('set')));
    window.dispatchEvent(storageEvent('lodestar:draft:other', null));
    expect(watch.change()).toBeNull();
  });
});

describe('createCoachRequest', () => {
  const reply = (text: string, fallback: CoachReply['fallback'] = null): CoachReply => ({
    text,
    source: 'built-in',
    fallback,
  });

  it('shows the text as it streams, then hands over the reply and the fallback notice', async () => {
    const request = createRoot(() => createCoachRequest());
    const seen: string[] = [];
    const done = vi.fn();
    const run = request.run({
      kind: 'follow-up',
      promptId: 'one',
      again: () => undefined,
      ask: async (onText) => {
        onText('What');
        seen.push(request.pending()?.text ?? '');
        onText('What next?');
        seen.push(request.pending()?.text ?? '');
        return reply('What next?', 'timeout');
      },
      done,
    });
    await run;
    expect(seen).toEqual(['What', 'What next?']);
    expect(done).toHaveBeenCalledWith(reply('What next?', 'timeout'));
    expect(request.pending()).toBeNull();
    expect(request.notice()).toBe('The AI guide took too long, so the built-in guide answered instead.');
  });

  it('turns a failure into a sentence with the caller’s retry', async () => {
    const request = createRoot(() => createCoachRequest());
    const again = vi.fn();
    await request.run({
      kind: 'summary',
      again,
      done: vi.fn(),
      ask: async () => Promise.reject(new CoachError('The guide did not answer. Try again.')),
    });
    expect(request.failure()?.message).toBe('The guide did not answer. Try again.');
    request.failure()?.retry();
    expect(again).toHaveBeenCalledTimes(1);
    await request.run({
      kind: 'summary',
      again,
      done: vi.fn(),
      ask: async () => Promise.reject(new TypeError('x is undefined')),
    });
    expect(request.failure()?.message).toBe('Something went wrong. Your writing is saved on this device. Try again.');
  });

  it('drops the reply of a request aborted meanwhile ("Start again")', async () => {
    const request = createRoot(() => createCoachRequest());
    const done = vi.fn();
    let finish: (value: CoachReply) => void = () => undefined;
    const run = request.run({
      kind: 'summary',
      again: vi.fn(),
      done,
      ask: () => new Promise((resolve) => (finish = resolve)),
    });
    request.abort();
    finish(reply('late'));
    await run;
    expect(done).not.toHaveBeenCalled();
    expect(request.pending()).toBeNull();
  });

  it('runs one request at a time', async () => {
    const request = createRoot(() => createCoachRequest());
    const ask = vi.fn(() => new Promise<CoachReply>(() => undefined));
    void request.run({ kind: 'summary', again: vi.fn(), done: vi.fn(), ask });
    void request.run({ kind: 'summary', again: vi.fn(), done: vi.fn(), ask });
    expect(ask).toHaveBeenCalledTimes(1);
  });
});

describe('createOnline', () => {
  it('follows the browser’s online and offline events', () => {
    vi.stubGlobal('navigator', { onLine: true });
    const online = createRoot(() => createOnline());
    window.dispatchEvent(new Event('offline'));
    expect(online()).toBe(false);
    window.dispatchEvent(new Event('online'));
    expect(online()).toBe(true);
  });
});

describe('createPreferences', () => {
  function fakeStorage(): Storage {
    const data = new Map<string, string>();
    return {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
      clear: () => data.clear(),
      key: () => null,
      length: 0,
    };
  }

  it('remembers the coach and tone across page views, and starts undecided', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    const first = createRoot(() => createPreferences());
    expect(first.prefs()).toEqual({ guide: null, disclosed: false, tone: 'gentle' });
    first.update({ guide: 'built-in', disclosed: true });
    first.update({ tone: 'direct' });
    expect(createRoot(() => createPreferences()).prefs()).toEqual({
      guide: 'built-in',
      disclosed: true,
      tone: 'direct',
    });
  });

  it('still holds the choice for this page when storage refuses it', () => {
    vi.stubGlobal('localStorage', {
      ...fakeStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    const preferences = createRoot(() => createPreferences());
    preferences.update({ guide: 'ai' });
    expect(preferences.prefs().guide).toBe('ai');
  });
});
