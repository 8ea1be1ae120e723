// Dates as people read them: "25 November 2026", day first, the month in words, the same on every page (the
// commitments' short labels, "3 Nov", follow the same order).

/** Made once: building a formatter is what costs (toLocaleDateString makes one per call; a long journal shows hundreds). */
let longDate: Intl.DateTimeFormat | undefined;

/** A date as people read it ("25 November 2026"); an empty or unreadable value reads "unknown date". */
export function formatDate(iso: string): string {
  const time = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(time)) return 'unknown date';
  longDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return longDate.format(time);
}
