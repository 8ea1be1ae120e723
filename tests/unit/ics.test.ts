// Calendar files as RFC 5545 asks: CRLF lines, escaped text, lines folded at 75 octets without splitting a character,
// a UID and DTSTAMP, all-day or timed events.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitmentIcs, escapeText, foldLine, meetingIcs, slug } from '../../src/browser/ics';
import type { Commitment } from '../../src/shared/model/commitment';

const ORIGIN = 'https://lodestar.example';
const commitment = (text: string, due: string | null = '2026-12-03'): Commitment => ({
  id: 'AbCdEfGhIjKlMnOp',
  source: text,
  text,
  due,
  state: 'open',
  note: '',
  updatedAt: '2026-11-25T10:00:00.000Z',
});

/** The physical lines, after checking every line ends in CRLF and no bare CR or LF is left. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  return lines;
}
/** Unfolds (a CRLF followed by one space joins lines) into content lines, keyed by property name. */
function properties(ics: string): Map<string, string> {
  const unfolded = ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
  return new Map(
    unfolded.map((l) => [
      l.slice(0, l.search(/[:;]/)) + (l.startsWith('DTSTART;') || l.startsWith('DTEND;') ? ';' : ''),
      l,
    ]),
  );
}
/** A TEXT value as it was before escaping. */
const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const octets = (text: string) => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('folds any text at 75 octets, never inside a character, and unfolds to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const parts = foldLine(line).split('\r\n');
        for (const [i, part] of parts.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).not.toThrow();
        }
        expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }),
    );
  });
  it('keeps an emoji whole across the fold', () => {
    const parts = foldLine(`SUMMARY:${'x'.repeat(65)}🙂🙂🙂`).split('\r\n');
    expect(parts[0]).toBe(`SUMMARY:${'x'.repeat(65)}`); // 73 octets: the 4-octet emoji would pass 75
    expect(parts[1]).toBe(' 🙂🙂🙂');
  });
});

describe('commitmentIcs', () => {
  const tricky = `Ask Sam, then Priya; write "the plan" \\ send it 🙂\nby Friday ${'long words '.repeat(18)}`.trim();
  const ics = commitmentIcs(commitment(tricky), 'After the meeting, 3 Nov', ORIGIN);
  const props = properties(ics);

  it('is one all-day event on the due date, ending the next day', () => {
    expect(physicalLines(ics)[0]).toBe('BEGIN:VCALENDAR');
    expect(props.get('VERSION')).toBe('VERSION:2.0');
    expect(props.get('DTSTART;')).toBe('DTSTART;VALUE=DATE:20261203');
    expect(props.get('DTEND;')).toBe('DTEND;VALUE=DATE:20261204');
    expect(ics).toContain('BEGIN:VEVENT\r\n');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });
  it('has a UID from the commitment (a second download updates the same event) and a UTC DTSTAMP', () => {
    expect(props.get('UID')).toBe('UID:commitment-AbCdEfGhIjKlMnOp@lodestar.example');
    expect(props.get('DTSTAMP')).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  });
  it('carries tricky text (commas, semicolons, backslash, emoji, newline, 200+ characters) escaped and folded', () => {
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(tricky.length).toBeGreaterThan(200);
    expect(unescape(props.get('SUMMARY')!.slice('SUMMARY:'.length))).toBe(tricky);
    expect(props.get('SUMMARY')).not.toMatch(/[^\\][,;]/);
    expect(unescape(props.get('DESCRIPTION')!.slice('DESCRIPTION:'.length))).toBe(
      `A commitment from your reflection "After the meeting, 3 Nov". Mark what happened in your journal: ${ORIGIN}/journal/`,
    );
  });
  it('ends an all-day event on the last day of a year in the next year', () => {
    expect(commitmentIcs(commitment('x', '2026-12-31'), 'T', ORIGIN)).toContain('DTEND;VALUE=DATE:20270101\r\n');
  });
  it('refuses a commitment without a date', () => {
    expect(() => commitmentIcs(commitment('x', null), 'T', ORIGIN)).toThrow(/no date/);
  });
});

describe('meetingIcs', () => {
  it('makes a timed event at the local time given, for an hour', () => {
    const props = properties(meetingIcs('2026-12-03', '14:30', 'Meeting with my mentor', ORIGIN));
    expect(props.get('DTSTART')).toBe('DTSTART:20261203T143000');
    expect(props.get('DURATION')).toBe('DURATION:PT1H');
    expect(props.get('SUMMARY')).toBe('SUMMARY:Meeting with my mentor');
    expect(props.get('UID')).toMatch(/^UID:meeting-[A-Za-z0-9_-]{16}@lodestar\.example$/);
  });
  it('makes an all-day event without a time', () => {
    const ics = meetingIcs('2026-02-28', null, 'Meeting', ORIGIN);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260228\r\nDTEND;VALUE=DATE:20260301\r\n');
  });
  it('refuses a malformed date or time', () => {
    expect(() => meetingIcs('3 Dec', null, 'M', ORIGIN)).toThrow(/YYYY-MM-DD/);
    expect(() => meetingIcs('2026-12-03', '2pm', 'M', ORIGIN)).toThrow(/HH:MM/);
  });
});

describe('slug', () => {
  it('makes a short file name from any text', () => {
    expect(slug('Ask Sam, then Priya; café 🙂')).toBe('ask-sam-then-priya-cafe');
    expect(slug('🙂🙂')).toBe('commitment');
    expect(slug('word '.repeat(40)).length).toBeLessThanOrEqual(60);
  });
});
