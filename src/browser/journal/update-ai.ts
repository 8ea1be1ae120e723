// Asks the AI guide to tighten an update (POST /api/ai/update) and says, in a sentence, what came back. The draft
// is never changed here: the page shows a usable version and the person chooses.
import { isCoachSource, isFallbackReason, type CoachSource, type FallbackReason, type Tone } from '../../shared/coach';
import { hasUpdateHeadings } from '../../shared/update-format';
import { retryAfterSeconds, waitInWords } from '../rate-limited';
import type { Fetch } from '../vault-api';

export type TightenResult =
  /** A shorter version that kept the three parts: shown beside the draft until the person chooses. */
  | { kind: 'version'; text: string }
  /** The fixed safety message: shown instead of anything else. */
  | { kind: 'safety'; text: string }
  /** Words of death, harm or despair: the draft is left in the person's words, with the quiet help line. */
  | { kind: 'care'; message: string }
  /** Nothing to offer; the sentence says why and that the draft is unchanged. */
  | { kind: 'unchanged'; message: string };

const KEPT = 'Your draft is unchanged.';

const FALLBACK_MESSAGE: Record<FallbackReason, string> = {
  'no-key': `The AI guide is not set up on this site, so nothing was tightened. ${KEPT} It is ready to send as it is.`,
  'upstream-error': `The AI guide did not give a shorter version that keeps your three parts. ${KEPT} Try again, or send it as it is.`,
  timeout: `The AI guide took too long to answer. ${KEPT} Try again, or send it as it is.`,
  budget: `The AI guide has reached its limit for today. ${KEPT} It is ready to send as it is.`,
};

function refusal(status: number, retryAfter: string | null): string {
  if (status === 429)
    return `Too many requests came from your connection. ${KEPT} Try again ${waitInWords(retryAfterSeconds(retryAfter))}.`;
  if (status === 413)
    return `Your update is longer than the AI guide can take at once. ${KEPT} Shorten it a little, then try again.`;
  if (status >= 500) return `The AI guide had a problem on our side. ${KEPT} Try again in a moment.`;
  return `The AI guide could not use this draft. ${KEPT} Check that it has some text, then try again.`;
}

/** Sends the draft; never throws: every outcome is a result the page can show. */
export async function tightenUpdate(fetcher: Fetch, draft: string, tone: Tone): Promise<TightenResult> {
  let response: Response;
  let text: string;
  try {
    response = await fetcher('/api/ai/update', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ draft, tone }),
    });
    text = await response.text();
  } catch {
    return {
      kind: 'unchanged',
      message: `The AI guide could not be reached. ${KEPT} Check your connection and try again.`,
    };
  }
  if (!response.ok)
    return { kind: 'unchanged', message: refusal(response.status, response.headers.get('Retry-After')) };
  const header = response.headers.get('x-guide-source');
  const source: CoachSource = isCoachSource(header) ? header : 'built-in';
  const fallback = response.headers.get('x-guide-fallback');
  if (source === 'safety') return { kind: 'safety', text };
  if (source === 'care')
    return { kind: 'care', message: `The AI guide leaves an update like this in your own words. ${KEPT}` };
  if (source === 'built-in')
    return { kind: 'unchanged', message: FALLBACK_MESSAGE[isFallbackReason(fallback) ? fallback : 'upstream-error'] };
  // The server checks this too; checked again so nothing without the three parts can replace the draft.
  if (!hasUpdateHeadings(text)) return { kind: 'unchanged', message: FALLBACK_MESSAGE['upstream-error'] };
  return { kind: 'version', text: text.trim() + '\n' };
}
