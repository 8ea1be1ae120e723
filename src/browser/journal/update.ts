// Composes the draft of an update for a mentor from saved reflections, in the person's own words only: commitments
// and what they noted about them, what stood out (or their first answer), and their questions for their mentor.
// Also which reflections a period covers, the default period, and the draft kept in localStorage across reloads.
import { EMPTY_SECTION_TEXT, parseSummary } from '../../shared/summary-format';
import { EMPTY_UPDATE_TEXT, UPDATE_SECTIONS } from '../../shared/update-format';
import type { CommitmentState } from '../../shared/model/commitment-state';
import type { EntryContent } from '../../shared/model/entry-content';
import { UPDATE_DRAFT_KEY } from '../storage-keys';
import type { KeyValueStorage } from './env';
import type { JournalEntry, JournalShare } from './types';
const DAY_MS = 86_400_000;

/** Labels the draft puts before a commitment, by its state (the only words in section one that are not theirs). */
export const STATE_LABEL: Record<CommitmentState, string> = {
  done: 'Done: ',
  dropped: 'Dropped: ',
  open: 'Still working on: ',
};

/** One line of text as written, with its line breaks and runs of spaces made single spaces (a bullet is one line). */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Item {
  id: string;
  text: string;
  state: CommitmentState;
  note: string;
}

/**
 * The commitments the chosen reflections hold, each once: a commitment's own record (its latest state) wins over a
 * check-in that names it; of several check-ins for one commitment, the newest reflection's.
 */
function commitmentsOf(contents: readonly EntryContent[]): Item[] {
  const byId = new Map<string, Item>();
  for (const content of contents) for (const c of content.commitments ?? []) byId.set(c.id, c);
  const newestFirst = [...contents].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  for (const content of newestFirst) {
    for (const check of content.checkIns ?? [])
      if (!byId.has(check.commitmentId)) byId.set(check.commitmentId, { id: check.commitmentId, ...check });
  }
  const order: CommitmentState[] = ['done', 'dropped', 'open'];
  return [...byId.values()]
    .filter((c) => oneLine(c.text))
    .sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
}

function didLines(contents: readonly EntryContent[]): string[] {
  return commitmentsOf(contents).map((c) => {
    const note = c.state === 'open' ? '' : oneLine(c.note);
    return `- ${STATE_LABEL[c.state]}${oneLine(c.text)}${note ? ` — ${note}` : ''}`;
  });
}

/** The blocks of one summary section, leaving out the line a summary writes when that section had nothing. */
function summaryBlocks(content: EntryContent, key: 'stoodOut' | 'questions'): string[] {
  const summary = content.summary;
  if (!summary || summary.source === 'safety') return [];
  const section = parseSummary(summary.text).find((s) => s.key === key);
  return (section?.blocks ?? []).map((b) => oneLine(b.text)).filter((t) => t && t !== EMPTY_SECTION_TEXT[key]);
}

/*
 * The built-in guide's "What stood out" speaks to the person ("On “…”, you wrote “…”."), but an update speaks to the
 * mentor, who would read "you" as themselves. So its quotes become the person's own words again, and its check-in
 * lines are left out (section one already says what became of each commitment). These are the sentences
 * src/shared/built-in-coach-summary.ts writes; a paragraph the person rewrote matches neither and stays as it is.
 */
const BUILT_IN_QUOTE = /^(?:On “[^”]*”, you wrote|You wrote) “([^”]+)”\.$/;
const BUILT_IN_CHECK_IN =
  /^(?:Since last time you (?:did|let go of) “|“[^”]*” is still open[.:]|You checked in on \d+ more earlier commitments? as well\.$)/;

function inOwnWords(paragraph: string): string[] {
  if (BUILT_IN_CHECK_IN.test(paragraph)) return [];
  const quoted = BUILT_IN_QUOTE.exec(paragraph)?.[1];
  if (quoted === undefined) return [paragraph];
  return [/[.…]$/.test(quoted) ? quoted : `${quoted}.`];
}

function happenedLines(contents: readonly EntryContent[]): string[] {
  return contents.flatMap((content) => {
    const blocks = summaryBlocks(content, 'stoodOut');
    const stoodOut = content.summary?.source === 'built-in' ? blocks.flatMap(inOwnWords) : blocks;
    if (stoodOut.length > 0) return [stoodOut.join(' ')];
    const first = content.prompts.map((p) => oneLine(content.answers[p.id]?.answer ?? '')).find(Boolean);
    return first ? [first] : [];
  });
}

function helpLines(contents: readonly EntryContent[]): string[] {
  const questions = contents.flatMap((content) => summaryBlocks(content, 'questions'));
  return [...new Set(questions)].map((q) => `- ${q}`);
}

/**
 * The update's draft: the three sections as Markdown, from the chosen reflections (oldest first, so it reads in
 * the order things happened). A section with nothing says so in a line the person can replace.
 */
export function composeUpdate(chosen: readonly EntryContent[]): string {
  const contents = [...chosen].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const bodies = [
    didLines(contents),
    happenedLines(contents).flatMap((p, i) => (i === 0 ? [p] : ['', p])),
    helpLines(contents),
  ];
  return (
    UPDATE_SECTIONS.map((section, i) => {
      const body = bodies[i] ?? [];
      const text =
        body.length > 0
          ? body.join('\n')
          : section.key === 'happened'
            ? EMPTY_UPDATE_TEXT[section.key]
            : `- ${EMPTY_UPDATE_TEXT[section.key]}`;
      return `## ${section.title}\n\n${text}`;
    }).join('\n\n') + '\n'
  );
}

/** The saved reflections saved on or after a calendar day (YYYY-MM-DD, the person's local day), newest first. */
export function entriesSince(entries: readonly JournalEntry[], since: string): JournalEntry[] {
  const from = new Date(`${since}T00:00:00`).getTime();
  if (Number.isNaN(from)) return [];
  return entries
    .filter((e) => Date.parse(e.content.savedAt) >= from)
    .sort((a, b) => b.content.savedAt.localeCompare(a.content.savedAt));
}

/** A local calendar day as YYYY-MM-DD (what a date input holds). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Since …" starts at the day the last update was shared, or else 30 days ago. */
export function defaultSince(shares: readonly JournalShare[], now = new Date()): string {
  const last = shares
    .filter((s) => s.kind === 'update')
    .map((s) => s.createdAt)
    .sort()
    .at(-1);
  return localDay(last && !Number.isNaN(Date.parse(last)) ? new Date(last) : new Date(now.getTime() - 30 * DAY_MS));
}

/** What is kept across reloads: the text, and which reflections it was drafted from (so the ticks come back too). */
export interface UpdateDraft {
  text: string;
  since: string;
  ticked: string[];
}

/** The draft kept across reloads; null when there is none (or what is stored is not one). */
export function loadUpdateDraft(storage: KeyValueStorage): UpdateDraft | null {
  try {
    const stored = JSON.parse(storage.getItem(UPDATE_DRAFT_KEY) ?? 'null') as Partial<UpdateDraft> | null;
    if (typeof stored?.text !== 'string') return null;
    const ticked = Array.isArray(stored.ticked) ? stored.ticked.filter((t): t is string => typeof t === 'string') : [];
    return { text: stored.text, since: typeof stored.since === 'string' ? stored.since : '', ticked };
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the browser refused (full or blocked storage), so the page can say so. */
export function saveUpdateDraft(storage: KeyValueStorage, draft: UpdateDraft): boolean {
  try {
    storage.setItem(UPDATE_DRAFT_KEY, JSON.stringify({ v: 1, ...draft, updatedAt: new Date().toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearUpdateDraft(storage: KeyValueStorage): void {
  storage.removeItem(UPDATE_DRAFT_KEY);
}
