// Saved reflections as files a person can keep: readable Markdown or the plain JSON content, and short list lines.
import type { CheckIn } from '../../shared/model/check-in';
import type { Commitment } from '../../shared/model/commitment';
import type { CommitmentState } from '../../shared/model/commitment-state';
import type { EntryContent } from '../../shared/model/entry-content';

const STATE_WORD: Record<CommitmentState, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/**
 * One commitment or check-in in a sentence: state, text, "by when" (YYYY-MM-DD unless `day` words it), then what
 * happened. The journal's "Open" view shows the same sentences.
 */
export function stateSentence(
  item: Pick<Commitment, 'state' | 'text' | 'note'> & { due?: string | null },
  day: (date: string) => string = (date) => date,
): string {
  const due = item.due ? ` (by ${day(item.due)})` : '';
  const note = item.note.trim() ? ` What happened: ${item.note.trim().replace(/\s*\n\s*/g, ' ')}` : '';
  const body = `${item.text}${due}`;
  return `${STATE_WORD[item.state]}: ${body}${/[.!?]$/.test(body) ? '' : '.'}${note}`;
}

/** As a Markdown list line. */
const stateLine = (item: Parameters<typeof stateSentence>[0]) => `- ${stateSentence(item)}`;

/** One entry as readable Markdown: the prompts, the answers and follow-ups, then the summary. */
export function entryToMarkdown(content: EntryContent): string {
  const lines = [`# ${content.setTitle}`, '', `_Saved ${content.savedAt.slice(0, 10)}_`, ''];
  for (const prompt of content.prompts) {
    const answer = content.answers[prompt.id];
    lines.push(`## ${prompt.text}`, '', answer?.answer.trim() || '_Not answered._', '');
    for (const followUp of answer?.followUps ?? []) {
      if (followUp.source === 'safety') continue;
      lines.push(
        `> Your guide asked: ${followUp.question}`,
        '',
        followUp.skipped ? '_Skipped._' : followUp.answer.trim() || '_Not answered._',
        '',
      );
    }
  }
  if (content.summary) lines.push('## Summary', '', content.summary.text.replace(/^## /gm, '### ').trim(), '');
  if (content.checkIns?.length)
    lines.push(
      '## What happened to earlier commitments',
      '',
      ...content.checkIns.map((c: CheckIn) => stateLine(c)),
      '',
    );
  if (content.commitments?.length)
    lines.push('## Commitments', '', ...content.commitments.map((c) => stateLine(c)), '');
  return lines.join('\n').trimEnd() + '\n';
}

/** Several entries as one Markdown file, newest first as given. */
export const entriesToMarkdown = (contents: EntryContent[]) => contents.map(entryToMarkdown).join('\n---\n\n');

/** Entries as JSON: exactly the content that is encrypted and stored, nothing of the sync bookkeeping. */
export const entriesToJson = (contents: EntryContent[]) => JSON.stringify(contents, null, 2);

/** The first line of a summary (or the first answer), for lists. */
export function firstLine(content: EntryContent): string {
  const summaryLine = content.summary?.text
    .split('\n')
    .map((l) => l.replace(/^#+\s*|^[-*]\s*/, '').trim())
    .find((l) => l && !/^(what stood out|strengths|growth edges|next steps|questions for your mentor)$/i.test(l));
  const answer = Object.values(content.answers)
    .find((a) => a.answer.trim())
    ?.answer.trim();
  const line = summaryLine ?? answer ?? 'No answers yet.';
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}
