// A per-IP limit kept in this function instance's memory. Netlify's `config.rateLimit` enforces a limit only in
// production; this one also holds in dev, tests and the local server. It is PER INSTANCE: deployed, each warm
// instance counts on its own, so it bounds a burst rather than a global rate.

export interface RateLimiter {
  /** Counts one attempt for `ip`; the seconds to wait when it is over the limit, else undefined. */
  hit(ip: string, now?: number): number | undefined;
}

/**
 * At most `limit` attempts per `windowMs` for each IP (a sliding window), remembering at most `maxIps` IPs.
 * `limit` may be a function, read at every attempt (so an environment variable can change it while running);
 * a limit of 0 is no limit, and nothing is counted.
 */
export function createRateLimiter({
  limit,
  windowMs,
  maxIps = 10_000,
}: {
  limit: number | (() => number);
  windowMs: number;
  maxIps?: number;
}): RateLimiter {
  const attempts = new Map<string, number[]>();
  return {
    hit(ip, now = Date.now()) {
      const max = typeof limit === 'function' ? limit() : limit;
      if (max === 0) return undefined;
      const recent = (attempts.get(ip) ?? []).filter((at) => at > now - windowMs);
      const full = recent.length >= max;
      if (!full) recent.push(now);
      // Re-inserting moves the IP to the end, so the IPs forgotten first are the ones quiet longest (an IP that
      // keeps knocking while refused stays remembered).
      attempts.delete(ip);
      attempts.set(ip, recent);
      if (attempts.size > maxIps) attempts.delete(attempts.keys().next().value ?? '');
      // The oldest counted attempt leaves the window first; with a lowered limit, the one that brings it under.
      const freeAt = (recent[recent.length - max] ?? now) + windowMs;
      return full ? Math.max(1, Math.ceil((freeAt - now) / 1000)) : undefined;
    },
  };
}

const warned = new Set<string>();

/**
 * A per-minute limit from the environment, read when called. Unset or empty: `fallback`. A whole number: that
 * (0 turns the limit off). Anything else: `fallback`, logged once, because a guard against abuse that silently
 * vanishes on a typo is worse than one that keeps its default (the same reasoning as GEMINI_DAILY_REQUEST_BUDGET,
 * which treats a bad value as the safe one).
 */
export function readLimitPerMinute(
  name: string,
  fallback: number,
  env: Record<string, string | undefined> = process.env,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (/^\d{1,9}$/.test(raw)) return Number(raw);
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(`rate limit: ${name} is not a whole number; using ${fallback} a minute until it is fixed`);
  }
  return fallback;
}
