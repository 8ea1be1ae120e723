import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crisisReadings } from '../../src/shared/safety/normalise';
import { SIGN_CATEGORIES, guideSafety, signalsCrisis } from '../../src/shared/safety';
import { sentences } from '../../src/shared/built-in-coach-text';
import {
  CRISIS_CASES,
  CRISIS_ENGLISH,
  CRISIS_LONG,
  CRISIS_OBFUSCATED,
  CRISIS_OTHER_LANGUAGES,
  IDIOMS,
  TAGGED_CASES,
} from './safety-cases';

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
    const answer =
      'The meeting was about my promotion case. Honestly I can’t go on like this. We agreed to meet again in two weeks.';
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
      fc.property(
        fc.constantFrom(...CRISIS_ENGLISH),
        fc.infiniteStream(fc.constantFrom('same', 'fullwidth', 'upper')),
        (text, choices) => {
          const it = choices[Symbol.iterator]();
          const disguised = [...text].map((ch) => {
            const choice = it.next().value;
            return choice === 'fullwidth' ? toFullwidth(ch) : choice === 'upper' ? ch.toUpperCase() : ch;
          });
          expect(signalsCrisis(disguised.join(''))).toBe(true);
        },
      ),
    );
  });

  it('never catches an everyday idiom, whatever ordinary sentences surround it', () => {
    const ordinary = [
      'We met on Tuesday.',
      'My mentor asked about the roadmap.',
      'I will send the draft by Friday.',
      'It felt awkward at first.',
      '',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...IDIOMS),
        fc.constantFrom(...ordinary),
        fc.constantFrom(...ordinary),
        (idiom, before, after) => {
          expect(signalsCrisis(`${before} ${idiom} ${after}`)).toBe(false);
        },
      ),
    );
  });
});

describe('the three kinds, on the tagged tables', () => {
  const crisis = TAGGED_CASES.filter((c) => c.kind === 'crisis');
  it('hold at least 60 warning-sign phrasings (20 of them long and messy) and 40 near misses, in every category', () => {
    expect(CRISIS_CASES.length + CRISIS_LONG.length).toBeGreaterThanOrEqual(60);
    expect(CRISIS_LONG.length).toBeGreaterThanOrEqual(20);
    expect(TAGGED_CASES.filter((c) => c.category === 'near-miss').length).toBeGreaterThanOrEqual(40);
    for (const category of SIGN_CATEGORIES)
      expect(crisis.filter((c) => c.category === category).length).toBeGreaterThanOrEqual(3);
    for (const language of ['es', 'fr', 'de', 'pt']) {
      const categories = new Set(crisis.filter((c) => c.language === language).map((c) => c.category));
      for (const category of ['direct', 'hopeless', 'self-harm'] as const)
        expect(categories, `${language} ${category}`).toContain(category);
    }
  });

  it.each(TAGGED_CASES.map((c) => [c.kind, c.category, c.text] as const))('%s (%s): "%s"', (kind, _category, text) => {
    expect(guideSafety(text)).toBe(kind);
  });

  it('reads every sentence of a long answer: each long answer has ordinary sentences beside the one with the sign', () => {
    for (const c of CRISIS_LONG) {
      const all = sentences(c.text);
      expect(all.length).toBeGreaterThanOrEqual(3);
      expect(all.filter((s) => guideSafety(s) === 'coach').length).toBeGreaterThanOrEqual(1);
    }
  });
});

/** Ordinary sentences of a working week, to bury a sign in. */
const ORDINARY = [
  'we went over the roadmap and my lead seemed fine with the dates',
  'My mentor asked what I want from the next six months.',
  'the retro ran long because two people argued about the deadline',
  'I will send the draft to Sam on Friday.',
  'It felt awkward at first but it got better.',
  'honestly the new hire is doing great and i am proud of the team',
];

/** Ways people disguise or hurry a phrase, each applied to one word or the whole. */
const DISGUISES: Record<string, (text: string, at: number) => string> = {
  upper: (t) => t.toUpperCase(),
  lower: (t) => t.toLowerCase(),
  noApostrophes: (t) => t.replace(/['’]/g, ''),
  curly: (t) => t.replace(/'/g, '’'),
  zeroWidth: (t, at) =>
    t.replace(/\p{L}{3,}/gu, (w, offset: number) =>
      offset % 3 === at % 3 ? `${w.slice(0, 2)}\u200b${w.slice(2)}` : w,
    ),
  softHyphen: (t, at) =>
    t.replace(/\p{L}{4,}/gu, (w, offset: number) =>
      offset % 2 === at % 2 ? `${w.slice(0, 2)}\u00ad${w.slice(2)}` : w,
    ),
  fullwidth: (t) => [...t].map(toFullwidth).join(''),
  accents: (t) => t.replace(/e/g, 'é').replace(/a/g, 'à'),
  repeated: (t) => t.replace(/([aeiou])(?!\1)(?<!\1.)/, '$1$1$1$1'),
  // One word spelled out; not one next to a one-letter word ("I w i s h I could" cannot be read back, see docs/safety.md).
  spacedOut: (t, at) => {
    const words = t.split(' ');
    const single = (k: number) => (words[k] ?? '').replace(/\P{L}/gu, '').length === 1;
    const i = words.findIndex(
      (w, k) => k >= at % words.length && /^\p{L}{3,}$/u.test(w) && !single(k - 1) && !single(k + 1),
    );
    if (i < 0) return t;
    words[i] = [...words[i]!].join(' ');
    return words.join(' ');
  },
  droppedG: (t) => t.replace(/(\p{L}{2,}[^aeiou\s\P{L}])ing\b/gu, '$1in'),
  leet: (t) => t.replace(/\b\p{L}{4,}\b/u, (w) => w.replace(/e/g, '3').replace(/o/g, '0').replace(/a/g, '4')),
  noPunctuation: (t) => t.replace(/[.,!?;:]/g, ''),
};

describe('guideSafety, for any way a caught phrase is written', () => {
  const caught = TAGGED_CASES.filter((c) => c.kind === 'crisis' && c.language === 'en' && c.text.length < 120).map(
    (c) => c.text,
  );

  it('still catches it with any two disguises, buried anywhere in a long ordinary answer', () => {
    const disguise = fc.constantFrom(...Object.keys(DISGUISES));
    fc.assert(
      fc.property(
        fc.constantFrom(...caught),
        disguise,
        disguise,
        fc.nat(20),
        fc.array(fc.constantFrom(...ORDINARY), { maxLength: 6 }),
        fc.array(fc.constantFrom(...ORDINARY), { maxLength: 6 }),
        (text, first, second, at, before, after) => {
          const written = DISGUISES[second]!(DISGUISES[first]!(text, at), at);
          const answer = [...before, written, ...after].join(' ');
          expect(guideSafety(answer), `${first}+${second}: ${answer}`).toBe('crisis');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never turns a near miss into a crisis, with any disguise or company', () => {
    const nearMisses = TAGGED_CASES.filter((c) => c.category === 'near-miss' && c.language === 'en').map((c) => c.text);
    fc.assert(
      fc.property(
        fc.constantFrom(...nearMisses),
        fc.constantFrom('upper', 'lower', 'noApostrophes', 'curly', 'zeroWidth', 'fullwidth', 'noPunctuation'),
        fc.constantFrom(...ORDINARY),
        (text, how, company) => {
          expect(guideSafety(`${company} ${DISGUISES[how]!(text, 0)}`)).not.toBe('crisis');
        },
      ),
      { numRuns: 300 },
    );
  });
});
