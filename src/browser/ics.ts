// Calendar files (RFC 5545) made in the browser: one event for a commitment's "by when" or for the next meeting,
// downloaded as .ics. No server and no email. Text is escaped and lines folded, so any calendar reads it.
import { randomBase64Url } from './vault-crypto';
import type { Commitment } from '../shared/model/commitment';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT values: backslash, semicolon, comma and newline escaped (RFC 5545 §3.3.11). */
export const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/**
 * Folds one content line at 75 octets (§3.1): continuation lines start with a space, which counts. Never splits a
 * UTF-8 character (an emoji's four bytes stay together).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation line's leading space is its first octet
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A UTC time as a DATE-TIME with Z (DTSTAMP). */
const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/** YYYY-MM-DD as a DATE value. */
const dateValue = (day: string) => day.replace(/-/g, '');
/** The calendar day after YYYY-MM-DD (an all-day event's DTEND is exclusive). */
function nextDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

interface EventFields {
  uid: string;
  day: string;
  time: string | null;
  summary: string;
  description: string;
  url: string;
}

/** One VCALENDAR holding one VEVENT, lines folded and joined with CRLF. */
function calendar(event: EventFields, now = new Date()): string {
  if (!DAY.test(event.day)) throw new RangeError('A calendar date must be written as YYYY-MM-DD.');
  if (event.time !== null && !TIME.test(event.time)) throw new RangeError('A time must be written as HH:MM.');
  const when =
    event.time === null
      ? [`DTSTART;VALUE=DATE:${dateValue(event.day)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(event.day))}`]
      : [`DTSTART:${dateValue(event.day)}T${event.time.replace(':', '')}00`, 'DURATION:PT1H'];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lodestar//Journal//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

const host = (origin: string) => new URL(origin).hostname || 'lodestar';

/** An all-day event on a commitment's "by when" (its id makes the UID, so a second download updates the same event). */
export function commitmentIcs(commitment: Commitment, setTitle: string, origin: string): string {
  if (commitment.due === null) throw new RangeError('This commitment has no date to put in a calendar.');
  return calendar({
    uid: `commitment-${commitment.id}@${host(origin)}`,
    day: commitment.due,
    time: null,
    summary: commitment.text,
    description: `A commitment from your reflection "${setTitle}". Mark what happened in your journal: ${origin}/journal/`,
    url: `${origin}/journal/`,
  });
}

/** The next meeting: all day, or at a local time (floating, as the person's calendar keeps it) for an hour. */
export function meetingIcs(date: string, time: string | null, title: string, origin: string): string {
  return calendar({
    uid: `meeting-${randomBase64Url(12)}@${host(origin)}`,
    day: date,
    time,
    summary: title,
    description: `Before you meet, prepare with Lodestar: ${origin}/reflect/prepare-for-meeting/`,
    url: `${origin}/reflect/prepare-for-meeting/`,
  });
}

/** A file name from text: lower case, words joined by hyphens, at most 60 characters. */
export function slug(text: string, fallback = 'commitment'): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || fallback;
}
