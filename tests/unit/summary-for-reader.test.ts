// The shared summary as its reader sees it: no placeholder lines meant for the writer, and "they" for "you" in the
// built-in guide's own sentences only.
import { describe, expect, it } from 'vitest';
import { forReader } from '../../src/shared/summary-for-reader';
import { EMPTY_SECTION_TEXT, completeSummary, parseSummary } from '../../src/shared/summary-format';
import { builtInSummary } from '../../src/shared/built-in-coach';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';

describe('forReader', () => {
  it('leaves out the lines that invite the writer to add something, and the sections they leave empty', () => {
    const text = completeSummary(
      `## What stood out\nThe launch went well.\n\n## Next steps\n- ${EMPTY_SECTION_TEXT.nextSteps}\n- Book the review`,
    );
    const shown = forReader(parseSummary(text));
    expect(shown.map((s) => [s.key, s.blocks.map((b) => b.text)])).toEqual([
      ['stoodOut', ['The launch went well.']],
      ['nextSteps', ['Book the review']],
    ]);
  });
  it('says "they" in the built-in guide’s sentences about the writer, never in the writer’s own words or a line they rewrote', () => {
    const text = [
      '## What stood out',
      'On “What happened?”, you wrote “I told you wrote it all down”.',
      'You wrote “Sam liked it”.',
      'Since last time you did “Ask Sam”: you wrote “you wrote back fast”.',
      '“Book the room” is still open: you wrote “Not yet”.',
      'You checked in on 2 more earlier commitments as well.',
      'I think you wrote this part myself.',
      'You wrote “Sam liked it”. Then you wrote to him.',
    ].join('\n');
    expect(forReader(parseSummary(text))[0]?.blocks.map((b) => b.text)).toEqual([
      'On “What happened?”, they wrote “I told you wrote it all down”.',
      'They wrote “Sam liked it”.',
      'Since last time they did “Ask Sam”: they wrote “you wrote back fast”.',
      '“Book the room” is still open: they wrote “Not yet”.',
      'They checked in on 2 more earlier commitments as well.',
      'I think you wrote this part myself.',
      'You wrote “Sam liked it”. Then you wrote to him.',
    ]);
  });
  it('finds every sentence the built-in guide writes about the writer today (fails if its wording drifts)', () => {
    const set = findPromptSet('after-the-meeting')!;
    const checkIns = [
      { text: 'Ask Sam', state: 'done' as const, note: 'He said yes.' },
      { text: 'Book the room', state: 'dropped' as const, note: '' },
      { text: 'Send the plan', state: 'open' as const, note: 'Waiting on Dana.' },
      ...Array.from({ length: 5 }, (_, i) => ({ text: `Step ${i}`, state: 'open' as const, note: '' })),
    ];
    const answers = set.prompts.map((p, i) => ({
      promptId: p.id,
      answer: `Something long happened in part ${i} of the week and I kept thinking about it.`,
    }));
    const text = builtInSummary({ prompts: set.prompts, answers, checkIns });
    expect(text).toMatch(/you wrote|You wrote|Since last time you|You checked in/);
    const lines = forReader(parseSummary(text)).flatMap((s) => s.blocks.map((b) => b.text.replace(/“[^”]*”/g, '“…”')));
    expect(lines.filter((line) => /\b[Yy]ou (wrote|did|let go|checked)\b/.test(line))).toEqual([]);
  });
});
