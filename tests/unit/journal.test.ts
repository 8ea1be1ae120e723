import { describe, expect, it } from 'vitest';
import { entryToMarkdown, firstLine, parseShareFragment, readRecoveryCode, recoveryCode, type EntryContent, type Journal } from '../../src/browser/journal';
import { newKey } from '../../src/browser/vault-crypto';
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
    'what-stuck': { answer: 'The point about agendas.', followUps: [{ question: 'What made it land?', answer: 'It was specific.', skipped: false, source: 'built-in' }] },
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

  it.each(['', '#', '#abc.def', `#${'A'.repeat(22)}`, `#${'A'.repeat(22)}.${'b'.repeat(42)}`, `#${'A'.repeat(22)}.${'b'.repeat(43)}x`])('rejects %s', (hash) => {
    expect(parseShareFragment(hash)).toBeUndefined();
  });
});

describe('recovery codes', () => {
  it('round-trip the key, entries and shares', async () => {
    const journal: Journal = {
      v: 1,
      key: await newKey(),
      entries: [{ localId: 'l1', serverId: 'S'.repeat(22), ownerToken: 'T'.repeat(43), revision: 2, sync: 'synced', content, createdAt: '', updatedAt: '' }],
      shares: [{ id: 'I'.repeat(22), ownerToken: 'O'.repeat(43), link: 'http://x/s/#a.b', expiresAt: '2026-12-01T00:00:00.000Z', createdAt: '', entryLocalId: 'l1', setTitle: 'After the meeting' }],
    };
    const code = recoveryCode(journal);
    expect(code.startsWith('LODESTAR-1.')).toBe(true);
    const data = readRecoveryCode(`  ${code}\n`);
    expect(data.k).toBe(journal.key);
    expect(data.e).toEqual([['S'.repeat(22), 'T'.repeat(43)]]);
    expect(data.s[0]?.[0]).toBe('I'.repeat(22));
  });

  it.each(['', 'hello', 'LODESTAR-1.', 'LODESTAR-1.not*base64', 'LODESTAR-1.eyJrIjoic2hvcnQiLCJlIjpbXSwicyI6W119'])('rejects "%s" with a sentence for the person', (code) => {
    expect(() => readRecoveryCode(code)).toThrow('That is not a Lodestar recovery code.');
  });
});
