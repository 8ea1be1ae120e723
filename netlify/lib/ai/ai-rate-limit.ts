// How many AI requests one address may make a minute, whichever guide answers (Gemini, the built-in guide when
// there is no key or the budget is spent, or the safety message): the daily budget is shared by every visitor, so
// one script must not be able to spend it. Counted in this instance's memory (ip-rate-limit.ts), like the reply
// limit: exact in one process (tests, the local server), per instance when deployed, where Netlify's
// `config.rateLimit` in each function is the limit across instances. The README says what that guarantees.
import type { Context } from '@netlify/functions';
import { HttpError } from '../http';
import { createRateLimiter, readLimitPerMinute } from '../ip-rate-limit';

export const FOLLOW_UPS_PER_MINUTE = 30;
export const SUMMARIES_PER_MINUTE = 10;

const limiters = {
  'follow-up': createRateLimiter({
    limit: () => readLimitPerMinute('AI_LIMIT_FOLLOW_UPS_PER_MINUTE', FOLLOW_UPS_PER_MINUTE),
    windowMs: 60_000,
  }),
  // Summaries and updates share one count: both send a whole reflection's worth of text.
  summary: createRateLimiter({
    limit: () => readLimitPerMinute('AI_LIMIT_SUMMARIES_PER_MINUTE', SUMMARIES_PER_MINUTE),
    windowMs: 60_000,
  }),
};

/** "Try again in 40 seconds." */
function tryAgainIn(seconds: number): string {
  return `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

/**
 * Counts one request from the address Netlify gives the function (`context.ip`; never a header the client can
 * set, such as X-Forwarded-For) and throws a 429 with Retry-After when it is over the limit. Called before the
 * body is read, so invalid requests count too: a script probing with junk is slowed like any other.
 */
export function limitAiRequests(kind: keyof typeof limiters, context: Context): void {
  // Netlify always sets context.ip; without one, every such request shares one count rather than none.
  const retryAfter = limiters[kind].hit(context.ip ?? 'unknown');
  if (retryAfter === undefined) return;
  throw new HttpError(429, 'too_many_requests', `Too many requests from your address. ${tryAgainIn(retryAfter)}`, {
    'Retry-After': String(retryAfter),
  });
}
