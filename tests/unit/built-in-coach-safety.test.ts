// The built-in guide checked against the worst text it can meet: every generic move (quote back, ask about a plan,
// list a next step) run on answers with warning signs, words of harm and everyday idioms, in every prompt and tone.
// It never says a word of death or harm back, never asks about doing or timing an act nobody named, and never makes
// such an act a next step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInFollowUp, builtInSummary } from '../../src/shared/built-in-coach';
import { TONES } from '../../src/shared/coach';
import { CARE_QUESTIONS, mentionsHarm } from '../../src/shared/safety';
import { PROMPT_SETS, findPrompt } from '../../src/shared/schemas/prompt-sets';
import { TAGGED_CASES } from './safety-cases';

const ALL_PROMPTS = [...PROMPT_SETS.values()].flatMap((set) => set.prompts);
const PLAN_QUESTION =
  /when do you think you will do it|realistic time for that|will that (?:be done|start)|by what date|what would help you keep to it|what might get in the way|what could stop you|first step|most likely obstacle|from what day|when would you like to start/i;
const ORDINARY = [
  'We met on Tuesday.',
  'My mentor asked about the roadmap.',
  'It felt awkward at first.',
  'I will send Sam the revised plan by Friday.',
];
const HARMFUL = TAGGED_CASES.filter((c) => c.kind !== 'coach').map((c) => c.text);
const NEAR_MISSES = TAGGED_CASES.filter((c) => c.kind === 'coach').map((c) => c.text);

describe('builtInFollowUp against the worst text', () => {
  it.each([
    'I want to end it.',
    "Everything is ready I'm gonna do it",
    "she'd be better off if i weren't here to burden her.",
    'Honestly I have the pills saved up for when it gets bad enough.',
  ])('answers the issue’s "%s" with a care question, even called directly', (answer) => {
    for (const tone of TONES)
      expect(CARE_QUESTIONS as readonly string[]).toContain(builtInFollowUp(ALL_PROMPTS[0]!, answer, [], tone));
  });

  it('never says a word of harm back, nor asks a plan question, for any harmful answer in any prompt, tone or depth', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HARMFUL),
        fc.constantFrom(...ALL_PROMPTS),
        fc.constantFrom(...TONES),
        fc.constantFrom(...ORDINARY),
        fc.nat(2),
        (text, prompt, tone, ordinary, depth) => {
          const earlier = Array.from({ length: depth }, (_, i) => ({ question: `Question ${i}?`, answer: ordinary }));
          for (const [answer, replies] of [
            [`${ordinary} ${text}`, earlier],
            [ordinary, [...earlier, { question: 'What else?', answer: text }]],
          ] as const) {
            const question = builtInFollowUp(prompt, answer, [...replies], tone);
            expect(mentionsHarm(question), question).toBe(false);
            expect(question).not.toMatch(PLAN_QUESTION);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('quotes nothing of an everyday idiom that borrows the words of harm', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NEAR_MISSES),
        fc.constantFrom(...ALL_PROMPTS),
        fc.constantFrom(...TONES),
        (text, prompt, tone) => {
          const question = builtInFollowUp(prompt, text, [], tone);
          expect(mentionsHarm(question), question).toBe(false);
          expect(question.trim().endsWith('?')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('asks about a plan only when it names what it is about', () => {
    const nextStep = findPrompt('after-the-meeting', 'your-next-step')!;
    expect(builtInFollowUp(nextStep, 'I will send her the proposal on Tuesday.', [], 'gentle')).toMatch(PLAN_QUESTION);
    for (const unnamed of [
      "I'm gonna do it.",
      'I will do it next week.',
      'Going to go through with it.',
      "I'll take them all on Friday.",
      'I want to do this.',
    ]) {
      expect(builtInFollowUp(nextStep, unnamed, [], 'gentle'), unnamed).not.toMatch(PLAN_QUESTION);
    }
  });
});

describe('builtInSummary against the worst text', () => {
  const set = PROMPT_SETS.get('after-the-meeting')!;
  it('lists no unnamed act as a next step and quotes no word of harm, whatever the answers hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...HARMFUL, ...NEAR_MISSES, ...ORDINARY), {
          minLength: 1,
          maxLength: set.prompts.length,
        }),
        (texts) => {
          const summary = builtInSummary({
            prompts: set.prompts,
            answers: texts.map((answer, i) => ({ promptId: set.prompts[i]!.id, answer })),
          });
          const written = summary.replace(/^## .*$/gm, '');
          expect(mentionsHarm(written), summary).toBe(false);
          expect(summary).not.toMatch(/^- (?:I want to end it|I'm gonna do it|I am gonna do it)/im);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the ordinary next step beside an answer with words of harm', () => {
    const summary = builtInSummary({
      prompts: set.prompts,
      answers: [
        {
          promptId: set.prompts[0]!.id,
          answer: 'Some days I feel dead inside. I will send Dana the case study by Friday.',
        },
      ],
    });
    expect(summary).toContain('- I will send Dana the case study by Friday.');
    expect(summary).not.toContain('dead inside');
  });
});
