// What the journal says about commitments: short day labels ("3 Nov"), their due and overdue lines, and the sentence
// after a change. Day labels are memoised: a list of hundreds of commitments formats each date once.
import type { OpenCommitment } from './commitment-rules';
import type { SyncState } from './types';

const sameYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const otherYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const labels = new Map<string, string>();

/** A calendar day (YYYY-MM-DD) as "3 Nov", with the year when it is not this year's. */
export function dayLabel(day: string, thisYear = new Date().getFullYear()): string {
  const key = `${day}/${thisYear}`;
  let label = labels.get(key);
  if (label === undefined) {
    const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
    label = (y === thisYear ? sameYear : otherYear).format(new Date(y, m - 1, d));
    labels.set(key, label);
  }
  return label;
}

/** The "by when" line, in words (never colour alone): "Overdue since 3 Nov", "By 3 Nov", or nothing. */
export function dueLine(item: OpenCommitment): string {
  const { due, state } = item.commitment;
  if (due === null) return '';
  if (item.overdue) return `Overdue since ${dayLabel(due)}`;
  return state === 'open' ? `By ${dayLabel(due)}` : `Was due ${dayLabel(due)}`;
}

/** A commitment named in a sentence: in quotes, then a full stop unless its own text already ends one ("by Thursday."). */
export function quotedSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? `“${trimmed}”` : `“${trimmed}”.`;
}

/** Said after a commitment was changed: what changed, then where the change is kept. */
export function changedSentence(what: string, state: SyncState): string {
  switch (state) {
    case 'synced':
      return `${what} Saved to your journal, encrypted.`;
    case 'pending':
      return `${what} Saved on this device; it uploads, encrypted, when you are back online.`;
    case 'too-large':
      return `${what} Saved on this device only: the reflection is too large for the server.`;
    default:
      return `${what} Saved on this device. Its reflection needs your choice below before it can upload.`;
  }
}
