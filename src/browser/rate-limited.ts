// The sentence for a 429 from the AI endpoints: how long the server asked us to wait (Retry-After), in words.

/**
 * Seconds to wait from a Retry-After header: delay-seconds or an HTTP-date (RFC 9110, section 10.2.3).
 * Undefined when it is absent or unreadable.
 */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** "in 40 seconds", "in 1 second", "in 2 minutes"; "in a minute" when the wait is not known. */
export function waitInWords(seconds: number | undefined): string {
  if (seconds === undefined) return 'in a minute';
  if (seconds <= 1) return 'in 1 second';
  if (seconds < 90) return `in ${seconds} seconds`;
  return `in ${Math.round(seconds / 60)} minutes`;
}

/** What the runner says when the guide refused for too many requests from this connection. */
export function rateLimitedMessage(retryAfter: string | null, now: number = Date.now()): string {
  return `Too many requests came from your connection. Your writing is saved on this device. Try again ${waitInWords(retryAfterSeconds(retryAfter, now))}, or use the built-in guide now.`;
}
