/** Site-wide names and navigation, kept in one place so pages and tests agree. */
import pkg from '../../package.json';
import { sourceUrl } from './source-url';

export const SITE_NAME = 'Lodestar';
export const SITE_TAGLINE = 'Guides and guided reflection for mentors and mentees';
/** From package.json `repository`; undefined (and the footer shows no Source link) when none is set. */
export const SOURCE_URL: string | undefined = sourceUrl((pkg as { repository?: unknown }).repository);

export const MAIN_NAV = [
  { href: '/guides/', label: 'Guides' },
  { href: '/reflect/', label: 'Reflect' },
  { href: '/journal/', label: 'My journal' },
] as const;

/** Words per minute used for "n min read"; a common figure for adults reading for understanding. */
const WORDS_PER_MINUTE = 220;

/** Minutes needed to read a Markdown body, at least 1. */
export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/^---[\s\S]*?---/, '')
    .replace(/[#>*_`[\]()-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Minutes a reflection usually takes: about three per prompt, plus a couple for the summary. */
export function reflectionMinutes(promptCount: number): number {
  return promptCount * 3 + 2;
}

/** The groups of the guides index, in order; the anchors are linked from other pages (the home page, guides). */
export const AUDIENCE_GROUPS = [
  { audience: 'mentee', anchor: 'for-mentees', heading: 'For mentees' },
  { audience: 'mentor', anchor: 'for-mentors', heading: 'For mentors' },
  { audience: 'both', anchor: 'for-everyone', heading: 'For everyone' },
  { audience: 'lead', anchor: 'for-program-leads', heading: 'For program leads' },
] as const;

export const AUDIENCE_LABEL = {
  mentee: 'For mentees',
  mentor: 'For mentors',
  both: 'For mentors and mentees',
  lead: 'For program leads',
} as const;
