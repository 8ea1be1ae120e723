import { describe, expect, it } from 'vitest';
import { hasUpdateHeadings, parseUpdate } from '../../src/shared/update-format';

const three = (
  a = '## What I did since we last met',
  b = '## What happened',
  c = '## What I would like your help with',
) => `${a}\n\n- x\n\n${b}\n\ny\n\n${c}\n\n- z\n`;

describe('hasUpdateHeadings', () => {
  it('accepts the three headings in order, at any heading level and in any case', () => {
    expect(hasUpdateHeadings(three())).toBe(true);
    expect(
      hasUpdateHeadings(
        three('# what i did since we last met', '### What happened ##', '## What I would like your help with:'),
      ),
    ).toBe(true);
  });

  it.each([
    ['one is missing', three('## What I did', '## What happened')],
    ['they are out of order', three('## What happened', '## What I did since we last met')],
    ['one appears twice', `${three()}\n## What happened\n`],
    ['a heading is only text, not a heading', three('What I did since we last met')],
  ])('refuses a text where %s', (_name, text) => {
    expect(hasUpdateHeadings(text)).toBe(false);
  });
});

describe('parseUpdate', () => {
  it('splits sections at any heading, keeping text before the first and every bullet and paragraph', () => {
    expect(parseUpdate('Hello.\n## What happened\n\nA week.\n- one\n* two\n## Extra\nMore')).toEqual([
      { title: '', blocks: [{ kind: 'paragraph', text: 'Hello.' }] },
      {
        title: 'What happened',
        blocks: [
          { kind: 'paragraph', text: 'A week.' },
          { kind: 'bullet', text: 'one' },
          { kind: 'bullet', text: 'two' },
        ],
      },
      { title: 'Extra', blocks: [{ kind: 'paragraph', text: 'More' }] },
    ]);
  });
});
