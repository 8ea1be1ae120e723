import { describe, expect, it } from 'vitest';
import {
  EMPTY_SECTION_TEXT,
  SUMMARY_SECTIONS,
  completeSummary,
  isCompleteSummary,
  parseSummary,
  summaryToMarkdown,
} from '../../src/shared/summary-format';
import { STUB_SUMMARY } from '../support/gemini-stub';

describe('parseSummary', () => {
  it('reads the five sections with paragraphs and bullets', () => {
    const sections = parseSummary(STUB_SUMMARY);
    expect(sections.map((s) => s.key)).toEqual(['stoodOut', 'strengths', 'growthEdges', 'nextSteps', 'questions']);
    expect(sections[0]?.blocks).toEqual([
      { kind: 'paragraph', text: 'It sounds like the review with your manager is still on your mind.' },
    ]);
    expect(sections[3]?.blocks).toEqual([{ kind: 'bullet', text: 'Send your mentor a two-line agenda by Friday.' }]);
    expect(isCompleteSummary(sections)).toBe(true);
  });

  it('accepts bold headings and other bullet marks, and strips bold inside text', () => {
    const sections = parseSummary('**Strengths**\n* You **asked** early.\n1. You listened.');
    expect(sections).toEqual([
      {
        key: 'strengths',
        title: 'Strengths',
        blocks: [
          { kind: 'bullet', text: 'You asked early.' },
          { kind: 'bullet', text: 'You listened.' },
        ],
      },
    ]);
  });

  it('keeps text that comes before any heading', () => {
    expect(parseSummary('Some opening words.')[0]?.blocks[0]?.text).toBe('Some opening words.');
  });

  it('handles a summary that is still streaming', () => {
    const partial = STUB_SUMMARY.slice(0, 80);
    expect(isCompleteSummary(parseSummary(partial))).toBe(false);
  });

  it('keeps markup as plain text for the renderer', () => {
    const sections = parseSummary('## Strengths\n- <img src=x onerror=alert(1)>');
    expect(sections[0]?.blocks[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('summaryToMarkdown', () => {
  it('writes a titled, dated Markdown document', () => {
    const markdown = summaryToMarkdown(
      'After the meeting',
      parseSummary(STUB_SUMMARY),
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(markdown.startsWith('# After the meeting\n\n_2026-11-25_\n\n## What stood out\n')).toBe(true);
    expect(markdown).toContain('- Send your mentor a two-line agenda by Friday.');
  });
});

describe('completeSummary', () => {
  it('leaves a summary that already has the five sections as it reads', () => {
    expect(parseSummary(completeSummary(STUB_SUMMARY))).toEqual(parseSummary(STUB_SUMMARY));
  });

  it('adds the sections a writer left out, each saying so plainly', () => {
    const sections = parseSummary(completeSummary('## What stood out\n\nThe review.\n\n## Next steps\n\n- Ask Sam.'));
    expect(sections.map((s) => s.title)).toEqual(SUMMARY_SECTIONS.map((s) => s.title));
    expect(sections.find((s) => s.key === 'strengths')?.blocks).toEqual([
      { kind: 'bullet', text: EMPTY_SECTION_TEXT.strengths },
    ]);
    expect(sections.find((s) => s.key === 'nextSteps')?.blocks).toEqual([{ kind: 'bullet', text: 'Ask Sam.' }]);
  });

  it('puts sections written out of order back in order, and reads bold or numbered forms', () => {
    const text =
      '**Questions for your mentor**\n1. How did you learn it?\n### strengths ###\n* You **asked** early.\nPreamble after.';
    const sections = parseSummary(completeSummary(text));
    expect(sections.map((s) => s.key)).toEqual(['stoodOut', 'strengths', 'growthEdges', 'nextSteps', 'questions']);
    expect(sections[1]?.blocks).toEqual([
      { kind: 'bullet', text: 'You asked early.' },
      { kind: 'paragraph', text: 'Preamble after.' },
    ]);
    expect(sections[4]?.blocks).toEqual([{ kind: 'bullet', text: 'How did you learn it?' }]);
  });

  it('keeps text with no headings at all, under "What stood out"', () => {
    const sections = parseSummary(completeSummary('Just one paragraph from a model that forgot the format.'));
    expect(isCompleteSummary(sections)).toBe(true);
    expect(sections[0]?.blocks[0]?.text).toBe('Just one paragraph from a model that forgot the format.');
  });
});
