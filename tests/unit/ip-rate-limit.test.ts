// The per-instance, per-IP limit on replies: never more than `limit` accepted in any window, and a wait that ends.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter, readLimitPerMinute } from '../../netlify/lib/ip-rate-limit';

describe('createRateLimiter', () => {
  it('accepts at most `limit` hits from one IP in any window, and every hit it can take', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 80 }), (gaps) => {
        const limiter = createRateLimiter({ limit: 10, windowMs: 1_000 });
        let now = 0;
        const accepted: number[] = [];
        for (const gap of gaps) {
          now += gap;
          const wait = limiter.hit('ip', now);
          const inWindow = accepted.filter((at) => at > now - 1_000).length;
          if (wait === undefined) accepted.push(now);
          // Refused only when the window is full; a refusal says how long, at least a second.
          expect(wait === undefined).toBe(inWindow < 10);
          if (wait !== undefined) expect(wait).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('counts each IP on its own, and forgets the quietest IPs first past its memory', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxIps: 2 });
    expect(limiter.hit('a', 0)).toBeUndefined();
    expect(limiter.hit('b', 1)).toBeUndefined();
    expect(limiter.hit('a', 2)).toBe(60);
    expect(limiter.hit('c', 3)).toBeUndefined(); // 'b' (quiet longest) is forgotten
    expect(limiter.hit('b', 4)).toBeUndefined();
    expect(limiter.hit('c', 5)).toBe(60);
  });

  it('reads a limit given as a function at every hit, and counts nothing while it is 0', () => {
    let limit = 0;
    const limiter = createRateLimiter({ limit: () => limit, windowMs: 60_000 });
    for (let at = 0; at < 50; at += 1) expect(limiter.hit('a', at)).toBeUndefined();
    limit = 1;
    expect(limiter.hit('a', 100)).toBeUndefined();
    expect(limiter.hit('a', 200)).toBe(60);
  });
});

describe('readLimitPerMinute', () => {
  it.each([
    [undefined, 30],
    ['', 30],
    [' 12 ', 12],
    ['0', 0],
  ])('reads %j as %j', (value, limit) => {
    expect(readLimitPerMinute('SOME_LIMIT', 30, { SOME_LIMIT: value })).toBe(limit);
  });

  it('keeps the default for a value that is not a whole number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of ['lots', '-5', '2.5', '1e3'])
      expect(readLimitPerMinute('OTHER_LIMIT', 10, { OTHER_LIMIT: value })).toBe(10);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
