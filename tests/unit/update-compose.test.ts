import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  STATE_LABEL,
  composeUpdate,
  defaultSince,
  entriesSince,
  loadUpdateDraft,
  oneLine,
  saveUpdateDraft,
} from '../../src/browser/journal/update';
import type { Commitment } from '../../src/shared/model/commitment';
import type { CommitmentState } from '../../src/shared/model/commitment-state';
import type { EntryContent } from '../../src/shared/model/entry-content';
import type { JournalEntry, JournalShare } from '../../src/browser/journal/types';
import { builtInSummary } from '../../src/shared/built-in-coach-summary';
import { EMPTY_UPDATE_TEXT, UPDATE_SECTIONS, hasUpdateHeadings } from '../../src/shared/update-format';
import { content, memoryStorage } from './journal-fixtures';

/** Text as people type it: words with single or double spaces or line breaks between them. */
const textOf = (word: fc.Arbitrary<string>, min = 1) =>
  fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n')), { minLength: min, maxLength: 5 }).map((ws) =>
    ws
      .map(([w, sep]) => w + sep)
      .join('')
      .trim(),
  );
const lineOf = (word: fc.Arbitrary<string>) => fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));

/** Chosen entries use words of a–y; entries left out use words starting with z, so none of theirs can hide. */
const chosenWord = fc.stringMatching(/^[a-y]{2,7}$/);
const otherWord = fc.stringMatching(/^z[a-y]{2,6}$/);

const commitmentArb = (word: fc.Arbitrary<string>) =>
  fc.record({
    text: textOf(word),
    note: textOf(word, 0),
    state: fc.constantFrom<CommitmentState>('open', 'done', 'dropped'),
  });

const entryArb = (word: fc.Arbitrary<string>) =>
  fc.record({
    commitments: fc.array(commitmentArb(word), { maxLength: 4 }),
    checkIns: fc.array(commitmentArb(word), { maxLength: 2 }),
    stoodOut: fc.array(lineOf(word), { maxLength: 2 }),
    questions: fc.array(lineOf(word), { maxLength: 3 }),
    answer: textOf(word, 0),
    day: fc.integer({ min: 1, max: 28 }),
  });

type EntryShape = ReturnType<typeof entryArb> extends fc.Arbitrary<infer T> ? T : never;

let ids = 0;
function build(shape: EntryShape): EntryContent {
  const commitment = (c: { text: string; note: string; state: CommitmentState }): Commitment => ({
    id: `c${++ids}`,
    source: c.text,
    text: c.text,
    note: c.note,
    state: c.state,
    due: null,
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  const summaryText =
    shape.stoodOut.length + shape.questions.length > 0
      ? [
          '## What stood out',
          '',
          ...shape.stoodOut.flatMap((p) => [p, '']),
          '## Questions for your mentor',
          '',
          ...shape.questions.map((q) => `- ${q}`),
        ].join('\n')
      : null;
  return {
    ...content(shape.answer),
    savedAt: `2026-11-${String(shape.day).padStart(2, '0')}T10:00:00.000Z`,
    summary: summaryText ? { text: summaryText, source: 'built-in', createdAt: '2026-11-01T00:00:00.000Z' } : null,
    commitments: shape.commitments.map(commitment),
    checkIns: shape.checkIns.map((c) => {
      const { id, text, state, note } = commitment(c);
      return { commitmentId: id, text, state, note };
    }),
  };
}

/** What is left of the draft once its headings, placeholders and labels are taken away: only the person's words. */
function theirWords(draft: string): string[] {
  const placeholders = Object.values(EMPTY_UPDATE_TEXT);
  return draft
    .split('\n')
    .filter((line) => !UPDATE_SECTIONS.some((s) => line === `## ${s.title}`))
    .map((line) => line.replace(/^- /, ''))
    .filter((line) => !placeholders.includes(line))
    .map((line) =>
      Object.values(STATE_LABEL)
        .reduce((l, label) => (l.startsWith(label) ? l.slice(label.length) : l), line)
        .replaceAll(' — ', ' '),
    )
    .flatMap((line) => line.split(' ').filter(Boolean));
}

const wordsOf = (c: EntryContent) =>
  new Set(
    [
      ...(c.commitments ?? []).flatMap((x) => [x.text, x.note]),
      ...(c.checkIns ?? []).flatMap((x) => [x.text, x.note]),
      c.summary?.text ?? '',
      ...Object.values(c.answers).map((a) => a.answer),
    ]
      .join(' ')
      .split(/[\s#-]+/)
      .filter(Boolean),
  );

describe('composeUpdate', () => {
  it('puts every done commitment’s text and note in the draft, and always the three headings', () => {
    fc.assert(
      fc.property(fc.array(entryArb(chosenWord), { minLength: 1, maxLength: 4 }), (shapes) => {
        const chosen = shapes.map(build);
        const draft = composeUpdate(chosen);
        expect(hasUpdateHeadings(draft)).toBe(true);
        for (const c of chosen.flatMap((e) => e.commitments ?? []).filter((x) => x.state === 'done')) {
          expect(draft).toContain(`- Done: ${oneLine(c.text)}${oneLine(c.note) ? ` — ${oneLine(c.note)}` : ''}`);
        }
      }),
    );
  });

  it('holds nothing that was not in the chosen reflections', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb(chosenWord), { minLength: 1, maxLength: 3 }),
        fc.array(entryArb(otherWord), { maxLength: 3 }),
        (chosenShapes, otherShapes) => {
          const chosen = chosenShapes.map(build);
          otherShapes.map(build); // made alongside, never chosen: their words must not appear
          const draft = composeUpdate(chosen);
          const allowed = new Set(chosen.flatMap((c) => [...wordsOf(c)]));
          for (const word of theirWords(draft)) expect(allowed).toContain(word);
          expect(draft).not.toMatch(/\bz[a-y]/);
        },
      ),
    );
  });

  it('says so in a line the person can replace when the reflections hold nothing for a section', () => {
    const draft = composeUpdate([content('')]);
    expect(draft).toBe(
      `## What I did since we last met\n\n- ${EMPTY_UPDATE_TEXT.did}\n\n## What happened\n\n${EMPTY_UPDATE_TEXT.happened}\n\n## What I would like your help with\n\n- ${EMPTY_UPDATE_TEXT.help}\n`,
    );
  });

  it('lists done, then dropped, then still-open commitments, open ones without their note', () => {
    const entry = build({
      commitments: [
        { text: 'ask for review', note: 'later', state: 'open' },
        { text: 'skip the course', note: 'no time', state: 'dropped' },
        { text: 'send agenda', note: 'sent it', state: 'done' },
      ],
      checkIns: [],
      stoodOut: [],
      questions: [],
      answer: '',
      day: 3,
    });
    expect(composeUpdate([entry])).toContain(
      '- Done: send agenda — sent it\n- Dropped: skip the course — no time\n- Still working on: ask for review\n',
    );
  });

  it('takes a commitment’s own state over a later check-in that names it', () => {
    const first = build({
      commitments: [{ text: 'send agenda', note: 'sent on Thursday', state: 'done' }],
      checkIns: [],
      stoodOut: [],
      questions: [],
      answer: '',
      day: 1,
    });
    const id = first.commitments?.[0]?.id ?? '';
    const later = {
      ...build({ commitments: [], checkIns: [], stoodOut: [], questions: [], answer: '', day: 9 }),
      checkIns: [{ commitmentId: id, text: 'send agenda', state: 'open' as const, note: '' }],
    };
    const draft = composeUpdate([first, later]);
    expect(draft).toContain('- Done: send agenda — sent on Thursday');
    expect(draft).not.toContain('Still working on');
  });

  it('uses what stood out, else the first answer, oldest reflection first, and skips a summary’s “nothing yet” lines', () => {
    const withSummary = build({
      commitments: [],
      checkIns: [],
      stoodOut: ['The review went well.'],
      questions: ['How do I ask for more scope?'],
      answer: 'not this',
      day: 20,
    });
    const withoutSummary = build({
      commitments: [],
      checkIns: [],
      stoodOut: [],
      questions: [],
      answer: 'I met the new team.',
      day: 2,
    });
    const draft = composeUpdate([withSummary, withoutSummary]);
    expect(draft).toContain(
      '## What happened\n\nI met the new team.\n\nThe review went well.\n\n## What I would like your help with\n\n- How do I ask for more scope?\n',
    );
    expect(draft).not.toContain('not this');
  });

  it('turns the built-in guide’s “you wrote” quotes back into the person’s words, and leaves its check-in lines to section one', () => {
    const prompts = [
      {
        id: 'came-of-it',
        text: 'What came of the advice or plan from your last meeting?',
        hint: 'One or two sentences are enough.',
      },
      { id: 'since', text: 'What else has happened since you last met?', hint: 'Work, studies, or anything else.' },
    ];
    const answers = {
      'came-of-it': 'I led the sprint review and kept it to ten minutes. It went well.',
      since: 'A new manager joined',
    };
    const checkIns = [
      { text: 'Send the plan to Sam', state: 'done' as const, note: 'Sent on Wednesday.' },
      { text: 'Ask Priya for a review', state: 'open' as const, note: '' },
    ];
    const text = builtInSummary({
      prompts,
      answers: Object.entries(answers).map(([promptId, answer]) => ({ promptId, answer })),
      checkIns,
    });
    const entry: EntryContent = {
      ...content(''),
      prompts: prompts.map(({ id, text: promptText }) => ({ id, text: promptText })),
      answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { answer, followUps: [] }])),
      summary: { text, source: 'built-in', createdAt: '2026-11-25T10:00:00.000Z' },
    };
    const draft = composeUpdate([entry]);
    expect(draft).toContain(
      '## What happened\n\nI led the sprint review and kept it to ten minutes. A new manager joined.\n\n## What I would like',
    );
    expect(draft).not.toMatch(/you wrote|Since last time|is still open/);
    // The same lines in a summary from the AI guide are its words, kept as they are.
    expect(
      composeUpdate([{ ...entry, summary: { text, source: 'gemini', createdAt: '2026-11-25T10:00:00.000Z' } }]),
    ).toContain('you wrote “I led the sprint review');
  });
});

describe('the update’s period and draft', () => {
  const entry = (savedAt: string): JournalEntry => ({
    localId: savedAt,
    id: savedAt,
    token: 't',
    revision: 1,
    highestSeen: 1,
    serverRevision: null,
    edits: 1,
    attempts: [],
    sync: 'synced',
    content: { ...content('x'), savedAt },
    createdAt: savedAt,
    updatedAt: savedAt,
  });
  const share = (createdAt: string, kind?: 'update' | 'summary'): JournalShare => ({
    id: createdAt,
    token: 't',
    link: '',
    expiresAt: createdAt,
    createdAt,
    entryLocalId: null,
    setTitle: '',
    ...(kind ? { kind } : {}),
  });

  it('starts at the day the last update was shared, ignoring summaries', () => {
    expect(
      defaultSince(
        [
          share('2026-10-02T12:00:00.000Z', 'update'),
          share('2026-11-20T12:00:00.000Z'),
          share('2026-10-20T12:00:00.000Z', 'update'),
        ],
        new Date('2026-11-25T12:00:00Z'),
      ),
    ).toBe('2026-10-20');
  });

  it('starts 30 days ago when no update was shared', () => {
    expect(defaultSince([share('2026-11-20T12:00:00.000Z', 'summary')], new Date('2026-11-25T12:00:00'))).toBe(
      '2026-10-26',
    );
  });

  it('chooses the reflections saved on or after the day, newest first', () => {
    const chosen = entriesSince(
      [entry('2026-10-01T10:00:00'), entry('2026-11-03T10:00:00'), entry('2026-11-02T00:00:00')],
      '2026-11-02',
    );
    expect(chosen.map((e) => e.content.savedAt)).toEqual(['2026-11-03T10:00:00', '2026-11-02T00:00:00']);
    expect(entriesSince([entry('2026-11-03T10:00:00')], 'not a day')).toEqual([]);
  });

  it('keeps the draft in storage across reloads, and reads a damaged one as none', () => {
    const storage = memoryStorage();
    expect(loadUpdateDraft(storage)).toBeNull();
    const draft = { text: '## What happened\n\nA lot.', since: '2026-11-02', ticked: ['a', 'b'] };
    expect(saveUpdateDraft(storage, draft)).toBe(true);
    expect(loadUpdateDraft(storage)).toEqual(draft);
    storage.setItem('lodestar:update-draft', JSON.stringify({ text: 'Only text' }));
    expect(loadUpdateDraft(storage)).toEqual({ text: 'Only text', since: '', ticked: [] });
    storage.setItem('lodestar:update-draft', '{not json');
    expect(loadUpdateDraft(storage)).toBeNull();
  });
});
