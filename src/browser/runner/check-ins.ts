// The runner's check-in ("Since last time"): which commitments it asks about, the check-ins a draft starts with,
// and writing what changed back to the journal. Loaded only by sets that open with a check-in, so the journal
// code stays out of every other reflection's first load.
import type { CheckIn } from '../../shared/model/check-in';
import type { CommitmentState } from '../../shared/model/commitment-state';
import { MAX_CHECK_INS } from '../../shared/model/limits';
import { formatDate } from '../dates';
import { browserEnv, type JournalEnv } from '../journal/env';
import { CommitmentGoneError, localDate, openCommitments, updateCommitment } from '../journal/commitments';
import { explain } from '../journal/messages';
import { loadJournal } from '../journal/store';
import type { Journal } from '../journal/types';

/** One commitment the check-in asks about, with what the journal holds for it now. */
export interface CheckInItem {
  commitmentId: string;
  /** The entry it lives in; null when that entry is no longer in this journal (the check-in is still shown). */
  entryLocalId: string | null;
  text: string;
  setTitle: string | null;
  /** The day its reflection was saved (YYYY-MM-DD). */
  entryDate: string | null;
  due: string | null;
  overdue: boolean;
  /** As the journal holds it now: what "changed" is measured against. */
  state: CommitmentState;
  note: string;
}

/**
 * The commitments to ask about: the ones the draft already checked in on, in its order (one the person closed in
 * this reflection is still shown, so going back never hides or reorders an answer), then every other open one,
 * oldest first.
 */
export function checkInItems(journal: Journal, today: Date, kept: CheckIn[] = []): CheckInItem[] {
  const open: CheckInItem[] = openCommitments(journal, today).map(
    ({ entryLocalId, setTitle, entryDate, commitment, overdue }) => ({
      commitmentId: commitment.id,
      entryLocalId,
      text: commitment.text,
      setTitle,
      entryDate,
      due: commitment.due,
      overdue,
      state: commitment.state,
      note: commitment.note,
    }),
  );
  const earlier = kept.map(
    (checkIn) => open.find((i) => i.commitmentId === checkIn.commitmentId) ?? closedItem(journal, checkIn),
  );
  const rest = open.filter((i) => !kept.some((c) => c.commitmentId === i.commitmentId));
  return [...earlier, ...rest].slice(0, MAX_CHECK_INS);
}

/** A check-in whose commitment is no longer open (or no longer in the journal), as the journal holds it now. */
function closedItem(journal: Journal, checkIn: CheckIn): CheckInItem {
  const entry = journal.entries.find((e) => e.content.commitments?.some((c) => c.id === checkIn.commitmentId));
  const commitment = entry?.content.commitments?.find((c) => c.id === checkIn.commitmentId);
  return {
    commitmentId: checkIn.commitmentId,
    entryLocalId: entry?.localId ?? null,
    text: commitment?.text ?? checkIn.text,
    setTitle: entry?.content.setTitle ?? null,
    entryDate: entry ? localDate(new Date(entry.createdAt)) : null,
    due: commitment?.due ?? null,
    overdue: false,
    state: commitment?.state ?? checkIn.state,
    note: commitment?.note ?? checkIn.note,
  };
}

/** This browser's journal, read now: the items for a draft's check-ins (no journal → none). */
export function loadCheckInItems(kept: CheckIn[] = [], env: JournalEnv = browserEnv()): CheckInItem[] {
  return checkInItems(loadJournal(env.storage), new Date(), kept);
}

/** The draft's check-ins for these items: kept answers stay as written, new items start as the journal holds them. */
export function initialCheckIns(items: CheckInItem[], kept: CheckIn[] = []): CheckIn[] {
  return items.map(
    (item) =>
      kept.find((c) => c.commitmentId === item.commitmentId) ?? {
        commitmentId: item.commitmentId,
        text: item.text,
        state: item.state,
        note: item.note,
      },
  );
}

/** The check-ins that differ from what the journal holds (state, or a note other than spaces), with their entry. */
export function changedCheckIns(
  items: CheckInItem[],
  checkIns: CheckIn[],
): { item: CheckInItem & { entryLocalId: string }; checkIn: CheckIn }[] {
  return checkIns.flatMap((checkIn) => {
    const item = items.find((i) => i.commitmentId === checkIn.commitmentId);
    if (!item?.entryLocalId || (item.state === checkIn.state && item.note.trim() === checkIn.note.trim())) return [];
    return [{ item: { ...item, entryLocalId: item.entryLocalId }, checkIn }];
  });
}

/** Where the journal stands after Continue: a sentence for the status line, and whether every change was kept. */
export interface CheckInWrite {
  ok: boolean;
  message: string;
}

const plural = (n: number) => (n === 1 ? '1 commitment' : `${n} commitments`);

/** Writes each changed check-in to its commitment (state and note); each save syncs its entry, or waits offline. */
export async function writeCheckIns(
  items: CheckInItem[],
  checkIns: CheckIn[],
  env: JournalEnv = browserEnv(),
): Promise<CheckInWrite> {
  const changed = changedCheckIns(items, checkIns);
  if (changed.length === 0) return { ok: true, message: '' };
  let waiting = 0;
  for (const [done, { item, checkIn }] of changed.entries()) {
    try {
      const result = await updateCommitment(env, item.entryLocalId, item.commitmentId, {
        state: checkIn.state,
        note: checkIn.note,
      });
      if (result.state !== 'synced') waiting++;
    } catch (error) {
      const why = error instanceof CommitmentGoneError ? error.message : explain(error);
      const before = done === 0 ? '' : ` ${plural(done)} ${done === 1 ? 'was' : 'were'} updated before that.`;
      return {
        ok: false,
        message: `Your journal was not fully updated. ${why}${before} Your notes are kept in this reflection.`,
      };
    }
  }
  if (waiting > 0)
    return {
      ok: true,
      message: `Saved on this device: ${plural(changed.length)} updated in your journal. It will upload, encrypted, when you are back online.`,
    };
  return { ok: true, message: `Your journal is updated: ${plural(changed.length)}, saved and encrypted.` };
}

/** A calendar day (YYYY-MM-DD) in words, read at noon so no time zone moves it to the day before. */
const day = (date: string) => formatDate(`${date}T12:00:00`);

/** Where a commitment came from and when it is due, in words: "From “…”, 3 November 2026." and "Overdue: it was due …". */
export function describeItem(item: CheckInItem): { from: string; due: string } {
  const from = item.setTitle
    ? `From “${item.setTitle}”${item.entryDate ? `, ${day(item.entryDate)}` : ''}.`
    : 'From a reflection no longer in your journal.';
  const due = !item.due ? '' : item.overdue ? `Overdue: it was due ${day(item.due)}.` : `Due ${day(item.due)}.`;
  return { from, due };
}
