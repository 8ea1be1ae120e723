// Setup data for the specs whose subject comes after the writing: saved reflections written straight into this
// browser's journal (as "waiting to upload", which the journal page then uploads), and a reflection's answers as the
// runner's draft. Commitments cannot be made through the UI in this branch, so the reflections that hold them are
// written here rather than typed.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import afterTheMeeting from '../../content/reflections/after-the-meeting.json' with { type: 'json' };
import type { JournalEntry } from '../../src/browser/journal/types';
import type { Draft } from '../../src/shared/model/draft';
import type { EntryContent } from '../../src/shared/model/entry-content';

const DAY_MS = 86_400_000;

/** A saved reflection, `daysAgo` days old, not yet on the server. */
export function savedEntry(content: Omit<EntryContent, 'v' | 'savedAt'>, daysAgo: number): JournalEntry {
  const at = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
  const id = randomBytes(16).toString('base64url');
  return {
    localId: id,
    id,
    token: randomBytes(32).toString('base64url'),
    revision: null,
    highestSeen: 0,
    serverRevision: null,
    edits: 1,
    attempts: [],
    sync: 'pending',
    content: { v: 1, ...content, savedAt: at },
    createdAt: at,
    updatedAt: at,
  };
}

/** Answers by prompt id, with no follow-ups. */
export const answersOf = (answers: Record<string, string>) =>
  Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { answer, followUps: [] }]));

/** Writes the journal into this origin's localStorage (the page must be on the site already). */
export async function seedJournal(page: Page, entries: JournalEntry[]) {
  await page.goto('/privacy/');
  await page.evaluate((journal) => localStorage.setItem('lodestar:journal:2', JSON.stringify(journal)), {
    v: 2,
    key: null,
    entries,
    shares: [],
    tombstones: [],
    unreadable: [],
  });
}

/**
 * "After the meeting" answered in this browser, one answer to each prompt in order, and left on its review: the
 * runner's draft as it stands after a person typed them and pressed Review (nothing saved to the journal yet).
 */
export async function seedAnswersDraft(page: Page, answers: string[]) {
  const ids = afterTheMeeting.prompts.map((p) => p.id);
  const draft: Draft = {
    v: 1,
    setId: 'after-the-meeting',
    phase: 'review',
    index: ids.length - 1,
    answers: answersOf(
      Object.fromEntries(ids.flatMap((id, i) => (answers[i] === undefined ? [] : [[id, answers[i]]]))),
    ),
    summary: null,
    updatedAt: new Date().toISOString(),
  };
  await page.goto('/privacy/');
  await page.evaluate((d) => localStorage.setItem(`lodestar:draft:${d.setId}`, JSON.stringify(d)), draft);
}
