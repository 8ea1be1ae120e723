// The operator's cost ceiling. Per-IP rate limits do not bound the bill when many visitors (or one page making
// its visitors' browsers call the API) use the site, so GEMINI_DAILY_REQUEST_BUDGET caps how many requests go
// to Gemini per UTC day, counted in Blobs (budget-store.ts; approximate, see there). Past it, the built-in guide
// answers and says why (x-guide-fallback: budget).
import { spendOne } from '../budget-store';

export type DailyBudget = { kind: 'none' } | { kind: 'limit'; requests: number };

/**
 * The ceiling from the environment. Unset or empty: none. A whole number ≥ 0: that many requests a day (0 turns
 * the AI off). Anything else is treated as 0, because a cost guard that silently vanishes is worse than an AI
 * guide that visibly stops: the operator sees it in every reply's header and in the log.
 */
export function readDailyBudget(env: Record<string, string | undefined> = process.env): DailyBudget {
  const raw = env['GEMINI_DAILY_REQUEST_BUDGET']?.trim();
  if (!raw) return { kind: 'none' };
  if (/^\d{1,9}$/.test(raw)) return { kind: 'limit', requests: Number(raw) };
  console.warn('ai: GEMINI_DAILY_REQUEST_BUDGET is not a whole number; the AI guide is off until it is fixed');
  return { kind: 'limit', requests: 0 };
}

/**
 * True when one more request may go to Gemini today, counting it. If the store cannot be reached the request
 * goes ahead uncounted (logged): the ceiling is approximate, and a Blobs outage should not also take the AI away.
 */
export async function takeFromDailyBudget(
  env: Record<string, string | undefined> = process.env,
  now: Date = new Date(),
): Promise<boolean> {
  const budget = readDailyBudget(env);
  if (budget.kind === 'none') return true;
  if (budget.requests === 0) return false;
  try {
    return (await spendOne(now.toISOString().slice(0, 10), budget.requests)) === 'spent';
  } catch (error) {
    console.warn(
      `ai: the daily budget could not be counted (${error instanceof Error ? error.name : 'unknown'}); this request is not counted`,
    );
    return true;
  }
}
