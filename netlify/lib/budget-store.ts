// The operator's daily AI budget at rest: one small counter per UTC day in a Blobs store of its own
// ("ai-budget", key "requests-YYYY-MM-DD", value { "count": n }). It holds no text, no IP, nothing about who asked.
//
// Approximate, on purpose. Each request reads the day's count and writes count + 1 only if the counter is still
// the version it read (If-Match on the deployed store, which gives read ETags; If-None-Match for the first of the
// day), retrying a few times when another instance got there first. The local Blobs server gives no ETag on
// reads, so there the write is unconditional. Within one process requests take turns, so the count is exact
// unless a turn outlasts its 2-second limit (the next one then starts beside it, and one count can be lost);
// across instances, a write that loses three races in a row lets its request through uncounted. An operator can
// reset a day by deleting its key.
import { getStore } from '@netlify/blobs';

export const BUDGET_STORE = 'ai-budget';
const ATTEMPTS = 3;
/** Longest a count may take; past it the caller goes on uncounted, and the next request's turn comes. */
const SPEND_TIMEOUT_MS = 2_000;

/** Thrown when the store takes longer than SPEND_TIMEOUT_MS to count a request. */
export class BudgetStoreTimeoutError extends Error {
  constructor() {
    super(`the ${BUDGET_STORE} store did not answer within ${SPEND_TIMEOUT_MS} ms`);
    this.name = 'BudgetStoreTimeoutError';
  }
}

function withinTime<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetStoreTimeoutError()), SPEND_TIMEOUT_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export type SpendOutcome = 'spent' | 'exhausted';

const dayKey = (day: string) => `requests-${day}`;

function countOf(text: string | undefined): number {
  if (!text) return 0;
  try {
    const count = (JSON.parse(text) as { count?: unknown }).count;
    return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 0;
  } catch {
    return 0;
  }
}

let queue: Promise<unknown> = Promise.resolve();

async function trySpend(day: string, limit: number): Promise<SpendOutcome> {
  const store = getStore({ name: BUDGET_STORE, consistency: 'strong' });
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const found = await store.getWithMetadata(dayKey(day), { type: 'text' });
    const count = countOf(found?.data);
    if (count >= limit) return 'exhausted';
    const next = JSON.stringify({ count: count + 1 });
    const condition = found === null ? { onlyIfNew: true } : found.etag ? { onlyIfMatch: found.etag } : {};
    if ((await store.set(dayKey(day), next, condition)).modified) return 'spent';
  }
  return 'spent';
}

/**
 * Counts one request against `limit` for the UTC `day` ("2026-11-25"): 'spent' when it fits (and is counted),
 * 'exhausted' when the day's count has reached the limit. Requests in one process take turns; a store that
 * does not answer in time rejects with BudgetStoreTimeoutError rather than holding every later request.
 */
export function spendOne(day: string, limit: number): Promise<SpendOutcome> {
  // Asked every time, even once spent: one read is cheap, and a changed limit or a deleted counter takes effect.
  const run = queue.then(() => withinTime(trySpend(day, limit)));
  queue = run.catch(() => undefined);
  return run;
}

/** The count stored for a day (for tests and operators); 0 when there is none. */
export async function countFor(day: string): Promise<number> {
  const found = await getStore({ name: BUDGET_STORE, consistency: 'strong' }).get(dayKey(day), { type: 'text' });
  return countOf(found ?? undefined);
}
