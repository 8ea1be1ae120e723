// A per-IP limit kept in this function instance's memory. Netlify's `config.rateLimit` enforces a limit only in
// production; this one also holds in dev, tests and the local server. It is PER INSTANCE: deployed, each warm
// instance counts on its own, so it bounds a burst rather than a global rate.

export interface RateLimiter {
  /** Counts one attempt for `ip`; the seconds to wait when it is over the limit, else undefined. */
  hit(ip: string, now?: number): number | undefined;
}

/** At most `limit` attempts per `windowMs` for each IP (a sliding window), remembering at most `maxIps` IPs. */
export function createRateLimiter({ limit, windowMs, maxIps = 10_000 }: { limit: number; windowMs: number; maxIps?: number }): RateLimiter {
  const attempts = new Map<string, number[]>();
  return {
    hit(ip, now = Date.now()) {
      const recent = (attempts.get(ip) ?? []).filter((at) => at > now - windowMs);
      const full = recent.length >= limit;
      if (!full) recent.push(now);
      // Re-inserting moves the IP to the end, so the IPs forgotten first are the ones quiet longest (an IP that
      // keeps knocking while refused stays remembered).
      attempts.delete(ip);
      attempts.set(ip, recent);
      if (attempts.size > maxIps) attempts.delete(attempts.keys().next().value ?? '');
      return full ? Math.max(1, Math.ceil(((recent[0] ?? now) + windowMs - now) / 1000)) : undefined;
    },
  };
}
