// The rules of commitments: which "Next steps" lines become commitments, what a re-save keeps, how two copies merge,
// and the journal-wide lists (order and overdue).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allCommitments,
  commitmentsFor,
  mergeCommitments,
  nextStepLines,
  openCommitments,
} from '../../src/browser/journal/commitments';
import { isTouched } from '../../src/browser/journal/commitment-rules';
import { dayLabel, dueLine, quotedSentence } from '../../src/browser/journal/commitment-words';
import { emptyJournal } from '../../src/browser/journal/store';
import type { Commitment } from '../../src/shared/model/commitment';
import type { CommitmentState } from '../../src/shared/model/commitment-state';
import type { Journal, JournalEntry } from '../../src/browser/journal/types';
import { content } from './journal-fixtures';

const summary = (...steps: string[]) =>
  `## What stood out\n\nA lot.\n\n## Next steps\n\n${steps.map((s) => `- ${s}`).join('\n')}\n\n## Questions for your mentor\n\n- How do I start?\n`;
const NOW = new Date('2026-11-25T12:00:00.000Z');
const LATER = new Date('2026-11-26T12:00:00.000Z');

describe('nextStepLines', () => {
  it('reads the Next steps section only, bullets removed, trimmed, empty lines dropped', () => {
    expect(nextStepLines(summary('Ask Sam for feedback ', '  Book a pairing session'))).toEqual([
      'Ask Sam for feedback',
      'Book a pairing session',
    ]);
  });
  it('reads numbered steps and paragraphs too', () => {
    expect(nextStepLines('## Next steps\n\n1. First thing\n2) Second thing\nA paragraph step.\n')).toEqual([
      'First thing',
      'Second thing',
      'A paragraph step.',
    ]);
  });
  it('gives nothing for a summary without next steps, or with only the "none yet" sentence', () => {
    expect(nextStepLines('## Strengths\n\n- Listening\n')).toEqual([]);
    expect(
      nextStepLines(
        '## Next steps\n\n- You have not written down a next step yet. If one comes to mind, add it here with a date.\n',
      ),
    ).toEqual([]);
  });
});

describe('commitmentsFor', () => {
  it('makes each line an open commitment with its own id', () => {
    const made = commitmentsFor(summary('One', 'Two'), undefined, NOW);
    expect(made.map((c) => [c.source, c.text, c.state, c.due, c.note, c.updatedAt])).toEqual([
      ['One', 'One', 'open', null, '', NOW.toISOString()],
      ['Two', 'Two', 'open', null, '', NOW.toISOString()],
    ]);
    expect(made[0]?.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(made[0]?.id).not.toBe(made[1]?.id);
  });
  it('gives none for an entry without a summary', () => {
    expect(commitmentsFor(null, undefined, NOW)).toEqual([]);
  });
  it('keeps a commitment whose line is still there, with its state, edits, date and note', () => {
    const [first, second] = commitmentsFor(summary('One', 'Two'), undefined, NOW) as [Commitment, Commitment];
    const worked = { ...first, text: 'One, reworded', state: 'done' as const, due: '2026-12-01', note: 'Went well.' };
    expect(commitmentsFor(summary('Zero', 'One', 'Two'), [worked, second], LATER).slice(1)).toEqual([worked, second]);
  });
  it('drops an untouched open commitment whose line is gone, and keeps a touched one', () => {
    const [first, second] = commitmentsFor(summary('One', 'Two'), undefined, NOW) as [Commitment, Commitment];
    const dated = { ...second, due: '2026-12-01' };
    expect(commitmentsFor(summary('Three'), [first, dated], LATER).map((c) => c.source)).toEqual(['Three', 'Two']);
  });
});

const state = fc.constantFrom<CommitmentState>('open', 'done', 'dropped');
const line = fc.constantFrom('Ask Sam', 'Read the doc', 'Book a session', 'Write the plan', 'Ask Sam');
/** Earlier commitments as a person may have left them: some closed, reworded, dated or noted. */
const worked = (list: Commitment[]) =>
  fc
    .tuple(
      ...list.map(() =>
        fc.record({
          state,
          reword: fc.boolean(),
          due: fc.option(fc.constant('2026-12-01')),
          note: fc.constantFrom('', 'Done it.'),
        }),
      ),
    )
    .map((changes) =>
      list.map((c, i) => {
        const change = changes[i]!;
        return {
          ...c,
          state: change.state,
          text: change.reword ? `${c.text}, reworded` : c.text,
          due: change.due,
          note: change.note,
        };
      }),
    );

describe('commitmentsFor, for any summaries and earlier work', () => {
  it('re-saving the same summary never changes the commitments', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 5 }).chain((before) => worked(commitmentsFor(summary(...before), undefined, NOW))),
        fc.array(line, { maxLength: 5 }),
        (earlier, after) => {
          const once = commitmentsFor(summary(...after), earlier, LATER);
          expect(commitmentsFor(summary(...after), once, new Date('2027-01-01T00:00:00Z'))).toEqual(once);
        },
      ),
    );
  });
  it('never drops a commitment the person closed or edited', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 5 }).chain((before) => worked(commitmentsFor(summary(...before), undefined, NOW))),
        fc.option(fc.array(line, { maxLength: 5 }), { nil: null }),
        (earlier, after) => {
          const next = commitmentsFor(after === null ? null : summary(...after), earlier, LATER);
          for (const c of earlier.filter(isTouched)) expect(next).toContainEqual(c);
          expect(new Set(next.map((c) => c.id)).size).toBe(next.length);
        },
      ),
    );
  });
});

describe('mergeCommitments', () => {
  const base = commitmentsFor(summary('One', 'Two', 'Three'), undefined, NOW);
  it('keeps every id of either copy, and the later change of each', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ which: fc.nat(2), side: fc.boolean(), at: fc.nat(1000), state })), (changes) => {
        const ours = structuredClone(base);
        const theirs = structuredClone(base);
        for (const change of changes) {
          const target = (change.side ? ours : theirs)[change.which]!;
          Object.assign(target, { state: change.state, updatedAt: new Date(NOW.getTime() + change.at).toISOString() });
        }
        const merged = mergeCommitments(ours, theirs) ?? [];
        expect(merged.map((c) => c.id).sort()).toEqual(base.map((c) => c.id).sort());
        for (const [i, c] of merged.entries()) {
          const [mine, other] = [ours[i]!, theirs[i]!];
          expect(c.updatedAt).toBe(mine.updatedAt > other.updatedAt ? mine.updatedAt : other.updatedAt);
          if (mine.updatedAt !== other.updatedAt) expect(c).toEqual(mine.updatedAt > other.updatedAt ? mine : other);
        }
        // Both devices reach the same versions, whichever merges.
        expect(new Set((mergeCommitments(theirs, ours) ?? []).map((c) => JSON.stringify(c)))).toEqual(
          new Set(merged.map((c) => JSON.stringify(c))),
        );
      }),
    );
  });
  it('adds commitments only one copy has', () => {
    const extra = commitmentsFor(summary('Four'), undefined, NOW);
    expect(mergeCommitments(base, [...base, ...extra])?.map((c) => c.source)).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(mergeCommitments(undefined, undefined)).toBeUndefined();
  });
});

function entry(localId: string, createdAt: string, commitments: Commitment[]): JournalEntry {
  return {
    localId,
    id: localId,
    token: 't',
    revision: 1,
    highestSeen: 1,
    serverRevision: null,
    edits: 1,
    attempts: [],
    sync: 'synced',
    content: { ...content('x'), setTitle: `Set ${localId}`, commitments },
    createdAt,
    updatedAt: createdAt,
  };
}
const commitment = (text: string, change: Partial<Commitment> = {}): Commitment => ({
  id: text.padEnd(16, 'x').slice(0, 16),
  source: text,
  text,
  due: null,
  state: 'open',
  note: '',
  updatedAt: NOW.toISOString(),
  ...change,
});

describe('openCommitments and allCommitments', () => {
  const journal: Journal = {
    ...emptyJournal(),
    entries: [
      entry('newer', '2026-11-20T10:00:00.000Z', [
        commitment('c-newer'),
        commitment('closed-old', { state: 'done', updatedAt: '2026-11-21T00:00:00.000Z' }),
      ]),
      entry('older', '2026-11-01T10:00:00.000Z', [
        commitment('c-first', { due: '2026-11-03' }),
        commitment('c-second', { due: '2026-11-25' }),
        commitment('closed-new', { state: 'dropped', updatedAt: '2026-11-24T00:00:00.000Z' }),
      ]),
    ],
  };
  const today = new Date(2026, 10, 25, 9);

  it('lists open ones oldest reflection first, in the entry’s order, with where they came from', () => {
    expect(
      openCommitments(journal, today).map((c) => [c.commitment.text, c.entryLocalId, c.setTitle, c.entryDate]),
    ).toEqual([
      ['c-first', 'older', 'Set older', '2026-11-01'],
      ['c-second', 'older', 'Set older', '2026-11-01'],
      ['c-newer', 'newer', 'Set newer', '2026-11-20'],
    ]);
  });
  it('marks overdue only an open one dated before today, and says so in words', () => {
    const open = openCommitments(journal, today);
    expect(open.map((c) => c.overdue)).toEqual([true, false, false]);
    expect(dueLine(open[0]!)).toBe('Overdue since 3 Nov');
    expect(dueLine(open[1]!)).toBe('By 25 Nov');
    expect(dueLine(open[2]!)).toBe('');
  });
  it('lists done and dropped ones after the open ones, last changed first', () => {
    expect(allCommitments(journal, today).map((c) => c.commitment.text)).toEqual([
      'c-first',
      'c-second',
      'c-newer',
      'closed-new',
      'closed-old',
    ]);
  });
  it('labels days with the year only when it is another year', () => {
    expect(dayLabel('2026-11-03', 2026)).toBe('3 Nov');
    expect(dayLabel('2025-01-31', 2026)).toBe('31 Jan 2025');
  });
});

describe('quotedSentence', () => {
  it('ends a quoted commitment with one full stop, never two', () => {
    expect(quotedSentence('Ask Priya for a review')).toBe('“Ask Priya for a review”.');
    expect(quotedSentence('I will send the plan by Thursday. ')).toBe('“I will send the plan by Thursday.”');
    expect(quotedSentence('Can I lead the demo?')).toBe('“Can I lead the demo?”');
  });
});
