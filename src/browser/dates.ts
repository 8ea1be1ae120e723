/** A date as people read it ("25 November 2026" in their locale); an empty value reads "unknown date". */
export function formatDate(iso: string): string {
  return iso ? new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' }) : 'unknown date';
}
