import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crisisReadings } from '../../src/shared/safety/normalise';
import { signalsCrisis } from '../../src/shared/safety';
import { CRISIS_ENGLISH, CRISIS_OBFUSCATED, CRISIS_OTHER_LANGUAGES, IDIOMS } from './safety-cases';

const CRISIS = [...CRISIS_ENGLISH, ...CRISIS_OTHER_LANGUAGES, ...CRISIS_OBFUSCATED];

describe('the safety tables', () => {
  it('hold at least 80 crisis phrasings and 40 everyday idioms', () => {
    expect(CRISIS.length).toBeGreaterThanOrEqual(80);
    expect(IDIOMS.length).toBeGreaterThanOrEqual(40);
  });
});

describe('signalsCrisis', () => {
  it.each(CRISIS_ENGLISH)('catches "%s"', (text) => {
    expect(signalsCrisis(text)).toBe(true);
  });

  it.each(CRISIS_OTHER_LANGUAGES)('catches "%s"', (text) => {
    expect(signalsCrisis(text)).toBe(true);
  });

  it.each(CRISIS_OBFUSCATED)('catches the disguised "%s"', (text) => {
    expect(signalsCrisis(text)).toBe(true);
  });

  it.each(IDIOMS)('leaves the everyday "%s" alone', (text) => {
    expect(signalsCrisis(text)).toBe(false);
  });

  it('catches a crisis phrase in any one of several texts', () => {
    expect(signalsCrisis('The review went fine.', '', 'I want to die.')).toBe(true);
    expect(signalsCrisis('The review went fine.', '')).toBe(false);
  });

  it('catches a crisis phrase inside a longer, ordinary answer', () => {
    const answer = 'The meeting was about my promotion case. Honestly I can’t go on like this. We agreed to meet again in two weeks.';
    expect(signalsCrisis(answer)).toBe(true);
  });
});

describe('crisisReadings', () => {
  it('reads fullwidth, look-alike, invisible and digit spellings as plain letters', () => {
    expect(crisisReadings('ｋ1ll\u200b mys3lf')).toContain('kill myself');
    expect(crisisReadings('ѕuісіdаl')).toEqual(['suicidal']);
  });

  it('drops accents and apostrophes, and keeps real Cyrillic words as they are', () => {
    expect(crisisReadings('Je n’ai plus envie de vivre')).toEqual(['je nai plus envie de vivre']);
    expect(crisisReadings('Я хочу домой')[0]).toMatch(/^я хочу дом/);
  });
});

/** Characters that render as nothing, which someone might type (or paste) inside a word. */
const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u034f'];

/** Inserts invisible characters at the given positions. */
function withInvisible(text: string, inserts: { at: number; ch: string }[]): string {
  const chars = [...text];
  for (const { at, ch } of [...inserts].sort((a, b) => b.at - a.at)) chars.splice(at % (chars.length + 1), 0, ch);
  return chars.join('');
}

/** ASCII letters to their fullwidth forms (U+FF21…), which NFKC folds back. */
const toFullwidth = (ch: string) => (/[A-Za-z]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch);

describe('signalsCrisis, for any disguise', () => {
  it('still catches a crisis phrase with invisible characters inserted anywhere', () => {
    const insert = fc.record({ at: fc.nat(200), ch: fc.constantFrom(...INVISIBLE) });
    fc.assert(
      fc.property(fc.constantFrom(...CRISIS_ENGLISH), fc.array(insert, { maxLength: 6 }), (text, inserts) => {
        expect(signalsCrisis(withInvisible(text, inserts))).toBe(true);
      }),
    );
  });

  it('still catches a crisis phrase with any letters made fullwidth or upper case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CRISIS_ENGLISH), fc.infiniteStream(fc.constantFrom('same', 'fullwidth', 'upper')), (text, choices) => {
        const it = choices[Symbol.iterator]();
        const disguised = [...text].map((ch) => {
          const choice = it.next().value;
          return choice === 'fullwidth' ? toFullwidth(ch) : choice === 'upper' ? ch.toUpperCase() : ch;
        });
        expect(signalsCrisis(disguised.join(''))).toBe(true);
      }),
    );
  });

  it('never catches an everyday idiom, whatever ordinary sentences surround it', () => {
    const ordinary = ['We met on Tuesday.', 'My mentor asked about the roadmap.', 'I will send the draft by Friday.', 'It felt awkward at first.', ''];
    fc.assert(
      fc.property(fc.constantFrom(...IDIOMS), fc.constantFrom(...ordinary), fc.constantFrom(...ordinary), (idiom, before, after) => {
        expect(signalsCrisis(`${before} ${idiom} ${after}`)).toBe(false);
      }),
    );
  });
});
