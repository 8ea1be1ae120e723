// What a person takes away: Markdown and JSON exports, list lines, and share link fragments.
import { describe, expect, it } from 'vitest';
import { entriesToJson, entryToMarkdown, firstLine } from '../../src/browser/journal/export';
import { entryContentFrom, type EntryContent } from '../../src/shared/model/entry-content';
import { parseShareFragment } from '../../src/browser/share/open-share';
import { STUB_SUMMARY } from '../support/gemini-stub';

const content: EntryContent = {
  v: 1,
  setId: 'after-the-meeting',
  setTitle: 'After the meeting',
  prompts: [
    { id: 'what-stuck', text: 'What stayed with you?' },
    { id: 'your-next-step', text: 'What will you do?' },
  ],
  answers: {
    'what-stuck': {
      answer: 'The point about agendas.',
      followUps: [{ question: 'What made it land?', answer: 'It was specific.', skipped: false, source: 'built-in' }],
    },
  },
  summary: { text: STUB_SUMMARY, source: 'gemini', createdAt: '2026-11-25T10:00:00.000Z' },
  savedAt: '2026-11-25T10:00:00.000Z',
};

describe('entryToMarkdown', () => {
  it('writes the prompts, answers, follow-ups and the summary', () => {
    const markdown = entryToMarkdown(content);
    expect(markdown).toContain('# After the meeting');
    expect(markdown).toContain('## What stayed with you?\n\nThe point about agendas.');
    expect(markdown).toContain('> Your guide asked: What made it land?\n\nIt was specific.');
    expect(markdown).toContain('## What will you do?\n\n_Not answered._');
    expect(markdown).toContain('### Next steps');
  });
});

describe('entryContentFrom', () => {
  it('saves the summary text the person sees, edited or not', () => {
    const draft = {
      v: 1 as const,
      setId: 's',
      phase: 'summary' as const,
      index: 0,
      answers: {},
      summary: { text: 'My own words.', source: 'gemini' as const, createdAt: '' },
      updatedAt: '',
    };
    expect(entryContentFrom(draft, 'T', []).summary?.text).toBe('My own words.');
  });
});

describe('entriesToJson', () => {
  it('holds the content only, nothing of the sync', () => {
    expect(JSON.parse(entriesToJson([content]))).toEqual([content]);
  });
});

describe('firstLine', () => {
  it('takes the summary’s first real sentence, not a heading', () => {
    expect(firstLine(content)).toBe('It sounds like the review with your manager is still on your mind.');
  });

  it('falls back to the first answer', () => {
    expect(firstLine({ ...content, summary: null })).toBe('The point about agendas.');
  });
});

describe('parseShareFragment', () => {
  it('splits a well-formed fragment', () => {
    const id = 'A'.repeat(22);
    const key = 'b'.repeat(43);
    expect(parseShareFragment(`#${id}.${key}`)).toEqual({ id, key });
  });

  it.each([
    '',
    '#',
    '#abc.def',
    `#${'A'.repeat(22)}`,
    `#${'A'.repeat(22)}.${'b'.repeat(42)}`,
    `#${'A'.repeat(22)}.${'b'.repeat(43)}x`,
  ])('rejects %s', (hash) => {
    expect(parseShareFragment(hash)).toBeUndefined();
  });
});
