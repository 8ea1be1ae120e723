// What counts as a usable reply from a model, Gemini's or the browser's own. The server reads a reply whole before
// answering (netlify/lib/ai/coach.ts), and the on-device guide checks the whole reply before it stands
// (src/browser/on-device), so a follow-up that is not a question, or a summary missing sections, is caught here.
import { completeSummary } from '../summary-format';
import { hasUpdateHeadings } from '../update-format';

/** Longest follow-up the API accepts back as `earlier[].question`; a longer one would break the next request. */
const FOLLOW_UP_MAX_CHARS = 600;

/**
 * The follow-up to show, or undefined when the reply is not a question (no question mark) or is too long to be
 * sent back with the next request. Quotation marks around the whole reply go; nothing else is rewritten.
 */
export function usableFollowUp(reply: string): string | undefined {
  const trimmed = reply.trim();
  const text = (/^["“][^"“”]*["”]$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed).trim();
  return text.includes('?') && text.length <= FOLLOW_UP_MAX_CHARS ? text : undefined;
}

/** The summary to show, always in the five sections; undefined when the reply has no words at all. */
export function usableSummary(reply: string): string | undefined {
  return /[\p{L}\p{N}]/u.test(reply) ? completeSummary(reply) : undefined;
}

/** The tightened update to show, or undefined when the reply lost one of the three headings (or has no words). */
export function usableUpdate(reply: string): string | undefined {
  const text = reply.trim();
  return /[\p{L}\p{N}]/u.test(text) && hasUpdateHeadings(text) ? `${text}\n` : undefined;
}
