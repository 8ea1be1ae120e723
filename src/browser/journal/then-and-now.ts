// "Then and now": two saved reflections of one prompt set side by side, prompt by prompt. Prompts are matched by
// id (a reworded prompt keeps its id); the newer reflection's wording heads the row.
import type { JournalEntry } from './types';

export interface ThenAndNowRow {
  promptId: string;
  /** The newer reflection's wording (the older one's for a prompt the newer set no longer has). */
  prompt: string;
  /** Blank when that reflection did not answer (or did not have) the prompt. */
  then: string;
  now: string;
}

/** The other saved reflections of the same set as `entry`, newest first: what its card can compare it with. */
export function sameSet(entries: readonly JournalEntry[], entry: JournalEntry): JournalEntry[] {
  return entries
    .filter((e) => e.localId !== entry.localId && e.content.setId === entry.content.setId)
    .sort((a, b) => b.content.savedAt.localeCompare(a.content.savedAt));
}

/** Which one to compare with first: the latest saved before `entry`, or (for the oldest) the first saved after it. */
export function defaultCompanion(entries: readonly JournalEntry[], entry: JournalEntry): JournalEntry | undefined {
  const others = sameSet(entries, entry);
  return others.find((e) => e.content.savedAt <= entry.content.savedAt) ?? others.at(-1);
}

/** The two in time order: the one saved first is "then". */
export function inOrder(a: JournalEntry, b: JournalEntry): { then: JournalEntry; now: JournalEntry } {
  return a.content.savedAt <= b.content.savedAt ? { then: a, now: b } : { then: b, now: a };
}

/**
 * One row per prompt, in the newer reflection's order, then any prompt only the older one had. Answers are the
 * person's text as saved (trimmed), never rewritten.
 */
export function pairAnswers(then: JournalEntry, now: JournalEntry): ThenAndNowRow[] {
  const answer = (e: JournalEntry, id: string) => e.content.answers[id]?.answer.trim() ?? '';
  const rows = now.content.prompts.map((p) => ({
    promptId: p.id,
    prompt: p.text,
    then: answer(then, p.id),
    now: answer(now, p.id),
  }));
  const onlyThen = then.content.prompts.filter((p) => !now.content.prompts.some((q) => q.id === p.id));
  return [...rows, ...onlyThen.map((p) => ({ promptId: p.id, prompt: p.text, then: answer(then, p.id), now: '' }))];
}
