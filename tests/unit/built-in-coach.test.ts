import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInFollowUp } from '../../src/shared/built-in-coach';
import { promptFocus } from '../../src/shared/built-in-coach-questions';
import { PROMPT_SETS, findPrompt } from '../../src/shared/schemas/prompt-sets';
import { TONES } from '../../src/shared/coach';

const whatStuck = findPrompt('after-the-meeting', 'what-stuck')!;
const nextStep = findPrompt('after-the-meeting', 'your-next-step')!;
const LONG =
  'My mentor said the design doc was not ready for review. I felt embarrassed and stayed quiet for the rest of the meeting, which is not like me.';
const FLATTERY =
  /\b(?:great|amazing|awesome|excellent|wonderful|fantastic|impressive|brilliant|well done|good job|nice work|love (?:that|this)|proud of you)\b|!/i;
const ALL_PROMPTS = [...PROMPT_SETS.values()].flatMap((set) => set.prompts);

/** Every question the coach asks: one question mark, at the end. */
function expectOneQuestion(question: string): void {
  expect(question.match(/\?/g)).toHaveLength(1);
  expect(question.trimEnd().endsWith('?')).toBe(true);
}

describe('builtInFollowUp for a plan', () => {
  it.each(TONES)('looks forward, not back, in the %s tone', (tone) => {
    const question = builtInFollowUp(nextStep, 'I will send the revised proposal to Sam by Thursday.', [], tone);
    expect(question).toMatch(/get in the way|obstacle|stop you|first step|keep to it/);
    expect(question).not.toMatch(/just before|comes to mind|what happened/i);
    expect(question).toContain('I will send the revised proposal to Sam by Thursday');
  });

  it('asks when, for a plan that has no date: when it starts, for a new habit', () => {
    expect(builtInFollowUp(nextStep, 'I want to talk to my manager about the promotion.', [], 'gentle')).toMatch(
      /When would be a realistic time for that\?$/,
    );
    expect(builtInFollowUp(nextStep, 'I want to talk to my manager about the promotion.', [], 'direct')).toMatch(
      /By what date will that be done\?$/,
    );
    expect(builtInFollowUp(nextStep, 'I will send an agenda before each meeting.', [], 'gentle')).toMatch(
      /When would you like to start\?$/,
    );
    expect(builtInFollowUp(nextStep, 'From now on I will send an agenda.', [], 'gentle')).toMatch(
      /get in the way once you start\?$|keep to it\?$/,
    );
  });

  it('reads a wish inside a sentence about feelings as a feeling, not a plan', () => {
    expect(
      builtInFollowUp(whatStuck, 'I get anxious every time I have to estimate work in planning.', [], 'gentle'),
    ).not.toMatch(/start|do it/);
  });

  it('asks what could get in the way next time, for a plan for next time', () => {
    expect(builtInFollowUp(nextStep, 'Next time I will let her talk first.', [], 'gentle')).toMatch(
      /next time\?$|keep to it\?$/,
    );
  });

  it('does not tell a specific plan in the direct tone to be specific', () => {
    const question = builtInFollowUp(nextStep, 'I’ll email Sam the draft by Friday.', [], 'direct');
    expect(question).not.toMatch(/make it specific|who does it/i);
    expect(question).toMatch(/Friday|obstacle|first step/);
  });
});

describe('builtInFollowUp for a short or vague answer', () => {
  it.each(TONES)('asks for a concrete example tied to the prompt, never the hint, in the %s tone', (tone) => {
    const question = builtInFollowUp(whatStuck, 'Good session.', [], tone);
    expect(question).toContain('the meeting');
    expect(question).toContain('“Good session”');
    expect(question).not.toContain(whatStuck.hint.slice(0, 30));
    expectOneQuestion(question);
  });

  it('asks what was happening when someone else’s words were said', () => {
    expect(builtInFollowUp(whatStuck, 'She said I should delegate more.', [], 'gentle')).toBe(
      'You wrote “She said I should delegate more”. What was happening when that was said?',
    );
  });

  it('asks what has been in the way, for a short answer saying it has not happened', () => {
    expect(
      builtInFollowUp(findPrompt('mentee-development', 'showing-thanks')!, 'I haven’t really.', [], 'gentle'),
    ).toBe('You wrote “I haven’t really”. What has made it hard so far?');
  });

  it('meets "not much" gently, without quoting it back', () => {
    const question = builtInFollowUp(whatStuck, 'Not much, really.', [], 'gentle');
    expect(question).toMatch(/^There is no rush\. Thinking of the meeting/);
    expect(question).not.toContain('Not much');
  });

  it('reads naturally in the direct tone too', () => {
    expect(builtInFollowUp(findPrompt('finding-a-mentor', 'what-you-bring')!, 'Not sure.', [], 'direct')).toBe(
      'Start small. Thinking of the relationship, what is the first thing that comes to mind?',
    );
  });
});

describe('builtInFollowUp for other kinds of answer', () => {
  it('asks about the feeling it names, quoting the person', () => {
    expect(builtInFollowUp(whatStuck, LONG, [], 'gentle')).toContain(
      '“I felt embarrassed and stayed quiet for the rest',
    );
  });

  it('turns a question back to the person', () => {
    expect(builtInFollowUp(whatStuck, 'How do I ask for more direct feedback?', [], 'direct')).toMatch(
      /^You wrote “How do I ask for more direct feedback”\. What (?:is your own best guess|would you do)/,
    );
  });

  it.each(TONES)('steers an off-topic answer gently back to the prompt in the %s tone', (tone) => {
    const question = builtInFollowUp(
      whatStuck,
      'Mix two cups of flour with the eggs and bake for 20 minutes.',
      [],
      tone,
    );
    expect(question).toMatch(/Coming back to the meeting/);
    expect(question).not.toMatch(/flour|just before/);
  });

  it.each([
    ['Mi mentora me dijo que tengo que delegar más.', '¿Qué ejemplo concreto te viene a la mente?'],
    ['Mon mentor m’a dit de déléguer davantage.', 'Quel exemple concret te vient à l’esprit ?'],
    ['Meine Mentorin sagte, ich solle mehr delegieren.', 'Welches konkrete Beispiel fällt dir dazu ein?'],
    ['Minha mentora disse que eu preciso delegar mais.', 'Que exemplo concreto vem à sua mente?'],
  ])('asks a short neutral question, quoting nothing, for "%s"', (answer, expected) => {
    expect(builtInFollowUp(whatStuck, answer, [], 'gentle')).toBe(expected);
  });

  it('goes one layer deeper with each follow-up, reading the latest reply', () => {
    const first = builtInFollowUp(whatStuck, LONG, [], 'gentle');
    const second = builtInFollowUp(
      whatStuck,
      LONG,
      [{ question: first, answer: 'The review ran late and I rushed through my part.' }],
      'gentle',
    );
    expect(second).toMatch(/mean|telling you/);
    const third = builtInFollowUp(
      whatStuck,
      LONG,
      [
        { question: first, answer: 'x x x x' },
        { question: second, answer: 'That I care about being prepared more than I admit.' },
      ],
      'gentle',
    );
    expect(third).toMatch(/try|step/);
    expect(third).toContain('That I care about being prepared');
  });

  it('never asks the same question twice for one prompt', () => {
    const answer = 'Good session.';
    const first = builtInFollowUp(whatStuck, answer, [], 'gentle');
    const second = builtInFollowUp(whatStuck, answer, [{ question: first, answer: '' }], 'gentle');
    expect(second).not.toBe(first);
  });

  it('is deterministic, and words the tones differently', () => {
    expect(builtInFollowUp(whatStuck, LONG, [], 'direct')).toBe(builtInFollowUp(whatStuck, LONG, [], 'direct'));
    expect(builtInFollowUp(whatStuck, LONG, [], 'gentle')).not.toBe(builtInFollowUp(whatStuck, LONG, [], 'direct'));
  });
});

describe('builtInFollowUp, for any answer', () => {
  const answerText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          'I',
          'will',
          'felt',
          'the',
          'meeting',
          'said',
          'Sam',
          'by',
          'Friday',
          'why?',
          'great!',
          '“quoted”',
          'not',
          'sure',
          '¿qué',
          'é',
          '\n',
        ),
        { maxLength: 60 },
      )
      .map((w) => w.join(' ')),
  );

  it('asks exactly one question, at the end, without praise', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_PROMPTS),
        answerText,
        fc.constantFrom(...TONES),
        fc.nat(2),
        (prompt, answer, tone, depth) => {
          fc.pre(answer.trim().length > 0);
          const earlier = Array.from({ length: depth }, (_, i) => ({ question: `Question ${i}?`, answer }));
          const question = builtInFollowUp(prompt, answer, earlier, tone);
          expectOneQuestion(question);
          // The person's own words, quoted, may say anything; the coach's words may not praise.
          expect(question.replace(/“[^”]*”/g, '')).not.toMatch(FLATTERY);
        },
      ),
    );
  });
});

describe('promptFocus', () => {
  it('finds what every prompt in every set is about', () => {
    for (const prompt of ALL_PROMPTS) expect(promptFocus(prompt.text), prompt.id).toBeTruthy();
  });
});
