// Turns what people really type into one plain form before the safety check looks for crisis phrases: the same
// words written with fullwidth or Cyrillic letters, a zero-width space or soft hyphen inside a word, digits for
// letters ("su1c1dal"), dots between letters ("s.u.i.c.i.d.e"), accents or curly apostrophes all come out alike.
// Hurried spellings come out as the word meant ("killin", "myslef", "tonite", "u").
// The result is only ever matched, never shown: it may read oddly.

/** Characters that render as nothing: format characters (soft hyphen, zero-width, bidi controls, BOM) and fillers. */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0]/gu;
const COMBINING_MARKS = /\p{M}/gu;

/** Cyrillic and Greek letters that look like Latin ones (lower case; NFKC has already handled fullwidth forms). */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ɡ: 'g',
  ɑ: 'a',
  ı: 'i',
  ȷ: 'j',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ϲ: 'c',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};
const LOOKALIKE_LETTERS = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;

/** Digits and symbols that stand in for letters inside a word; `1` can be an i or an l, so there are two readings. */
const DIGIT_FOR_LETTER: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '9': 'g',
  '@': 'a',
  $: 's',
};

/**
 * Folds a word's look-alike letters to Latin only when every non-Latin letter in it has a Latin twin, so a word
 * disguised with Cyrillic "а" becomes Latin while real Russian or Greek words (which use other letters too) stay.
 */
function foldLookalikes(word: string): string {
  const folded = word.replace(LOOKALIKE_LETTERS, (ch) => LOOKALIKES[ch] ?? ch);
  return NON_LATIN_LETTER.test(folded) ? word : folded;
}

/** Reads digits and symbols inside a word that also has letters as the letters they imitate ("k1ll", "$uicide"). */
function foldDigits(word: string, one: 'i' | 'l'): string {
  if (!/\p{L}/u.test(word) || !/[0-9@$!|]/.test(word)) return word;
  return word
    .replace(/[0-9@$]/g, (ch) => (ch === '1' ? one : (DIGIT_FOR_LETTER[ch] ?? ch)))
    .replace(/!(?=\p{L})/gu, 'i')
    .replace(/\|/g, 'l');
}

/**
 * The text before the digit step: NFKC, invisible characters gone, lower case, no accents, look-alikes folded,
 * separators inside words dropped ("s.u.i.c.i.d.e", "sui-cide", "don't": so patterns say "dont", "im", "cant"),
 * and spaced-out letters joined ("k i l l": three or more single characters in a row are one word).
 */
function baseForm(text: string, repeats: '$1' | '$1$1'): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC')
    .replace(/[‘’ʼʻ′`´]/g, "'")
    .replace(/\bw\/o\b/g, 'without')
    .replace(/\s&\s/g, ' and ')
    .replace(/(?<=\b(?:ways|want|wants|need|going|have|how|got|trying|try|tryna|hard|time)) 2 (?=[a-z])/g, ' to ')
    .replace(/\bw\/(?=\s|\p{L})/gu, 'with ')
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[\p{L}\p{N}@$!|'\p{Pd}._*·•]+/gu, (word) => foldLookalikes(word))
    .replace(/(?<=[\p{L}\p{N}@$|])[\p{Pd}._*·•']+(?=[\p{L}\p{N}@$|])/gu, '')
    .replace(/(\p{L})\1{2,}/gu, repeats);
}

/** A run of three or more single letters or digits with spaces between ("k i l l"). */
const SPACED_RUN = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?: [\p{L}\p{N}](?![\p{L}\p{N}])){2,}/gu;

/**
 * Spaced-out letters joined into one word ("k i l l" → "kill"). With `splitEdges`, a one-letter word that was only
 * standing next to the run ("i", "a") is kept apart from it: "I w i s h I" reads "i wish i", not "iwishi".
 */
function joinSpaced(text: string, splitEdges: boolean): string {
  return text.replace(SPACED_RUN, (run) => {
    const solid = run.replace(/ /g, '');
    if (!splitEdges || solid.length < 4) return solid;
    const head = /^[ia]/.test(solid) ? `${solid[0]} ` : '';
    const tail = /[ia]$/.test(solid) ? ` ${solid.at(-1)}` : '';
    return `${head}${solid.slice(head ? 1 : 0, tail ? -1 : undefined)}${tail}`;
  });
}

/**
 * Words as people type them in a hurry, read as the word they mean: dropped g's ("killin", "thinkin"), common
 * misspellings ("myslef", "sucide", "tonite") and chat short forms ("u", "ppl", "noone"). Patterns then need only
 * the plain spelling. Each entry is one whole word, so nothing inside another word changes.
 */
const WORD_FIXES: Record<string, string> = {
  myslef: 'myself',
  mysef: 'myself',
  myslf: 'myself',
  mysefl: 'myself',
  mself: 'myself',
  myelf: 'myself',
  mysel: 'myself',
  meself: 'myself',
  sucide: 'suicide',
  suicde: 'suicide',
  suiside: 'suicide',
  suiscide: 'suicide',
  suicie: 'suicide',
  sucidal: 'suicidal',
  suicdal: 'suicidal',
  suisidal: 'suicidal',
  suicidial: 'suicidal',
  sewerslide: 'suicide',
  dieing: 'dying',
  dyin: 'dying',
  goin: 'going',
  doin: 'doing',
  diein: 'dying',
  ded: 'dead',
  deth: 'death',
  wnat: 'want',
  wamt: 'want',
  wan: 'want',
  watn: 'want',
  wanan: 'wanna',
  wana: 'wanna',
  gona: 'gonna',
  gunna: 'gonna',
  finna: 'gonna',
  tonite: 'tonight',
  tonigth: 'tonight',
  '2nite': 'tonight',
  '2night': 'tonight',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tommorow: 'tomorrow',
  tomorow: 'tomorrow',
  tommorrow: 'tomorrow',
  anymroe: 'anymore',
  anymor: 'anymore',
  nomore: 'no more',
  noone: 'no one',
  nobdy: 'nobody',
  evry1: 'everyone',
  every1: 'everyone',
  some1: 'someone',
  ppl: 'people',
  u: 'you',
  ur: 'your',
  r: 'are',
  cuz: 'because',
  bc: 'because',
  coz: 'because',
  rn: 'right now',
  tbh: 'to be honest',
  idk: 'i dont know',
  idc: 'i dont care',
  abt: 'about',
  bout: 'about',
  wud: 'would',
  wld: 'would',
  cud: 'could',
  shud: 'should',
  b: 'be',
  n: 'and',
  w: 'with',
  wo: 'without',
  ik: 'i know',
  enuf: 'enough',
  nite: 'night',
  tho: 'though',
  thru: 'through',
  nvm: 'never mind',
  ngl: 'not gonna lie',
  imma: 'im gonna',
  ima: 'im gonna',
  gotta: 'gotta',
  pls: 'please',
  plz: 'please',
  bff: 'best friend',
  fr: 'for real',
  wanna: 'wanna',
  kil: 'kill',
  pils: 'pills',
  lyf: 'life',
  lif: 'life',
  lfe: 'life',
  alvie: 'alive',
  aliev: 'alive',
  existance: 'existence',
  exsist: 'exist',
  exsit: 'exist',
  beter: 'better',
  bettr: 'better',
  burdon: 'burden',
  burdan: 'burden',
  hurtin: 'hurting',
  cuttin: 'cutting',
};

/** Words that really end in -in after a consonant, which the dropped-g rule must leave as they are. */
const REAL_IN_WORDS = new Set(
  'begin within cabin margin origin cousin violin napkin pumpkin muffin penguin dolphin aspirin insulin vitamin robin admin latin berlin dublin austin martin kevin justin satin basin raisin toxin goblin griffin coffin assassin catkin gremlin bulletin mandolin javelin'.split(
    ' ',
  ),
);

/** A dropped g ("killin", "thinkin", "cuttin", "plannin"): a word of five letters or more ending in a consonant and -in. */
const DROPPED_G = /\b(\p{L}{2,}[^aeiou\s\P{L}])in\b/gu;
const restoreG = (word: string, stem: string) => (REAL_IN_WORDS.has(word) ? word : `${stem}ing`);

/** After the digit step: long repeats cut ("kiiiill", "diiie": three or more of one letter are one), hurried spellings read as words, single spaces. */
function finish(text: string, repeats: '$1' | '$1$1'): string {
  return (
    text
      .replace(/(\p{L})\1{2,}/gu, repeats)
      // Swearing in the middle of a phrase ("i want to fucking die") carries no meaning the patterns need.
      .replace(/\b(?:fucking|fuckin|freaking|freakin|fkn|effing|frigging|bloody|goddamn|damn) (?=\p{L})/gu, '')
      .replace(DROPPED_G, (word, stem: string) => restoreG(word, stem))
      .replace(/[\p{L}\p{N}_]+/gu, (word) => WORD_FIXES[word] ?? word)
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The plain readings of a text to match crisis phrases against: lower case, ASCII where the writer meant ASCII,
 * no accents or apostrophes, single spaces. Up to four readings: a `1` inside a word may stand for i or l, and a
 * one-letter word next to spaced-out letters may or may not belong to them.
 */
export function crisisReadings(text: string): string[] {
  const words = /[\p{L}\p{N}@$!|]+/gu;
  const readings = new Set<string>();
  // A letter typed three times or more was one letter ("kiiiill") or two ("goooodbye"): both are read, when there is one.
  const repeatReadings: ('$1' | '$1$1')[] = /(\p{L})\1{2,}/u.test(text) ? ['$1', '$1$1'] : ['$1'];
  for (const repeats of repeatReadings) {
    const base = baseForm(text, repeats);
    for (const joined of new Set([joinSpaced(base, false), joinSpaced(base, true)])) {
      readings.add(
        finish(
          joined.replace(words, (w) => foldDigits(w, 'i')),
          repeats,
        ),
      );
      readings.add(
        finish(
          joined.replace(words, (w) => foldDigits(w, 'l')),
          repeats,
        ),
      );
    }
  }
  return [...readings];
}

/**
 * True when the text spells words out letter by letter ("i w a n t t o d i e"): its readings then run the words
 * together, and only compact patterns can find them (see compactSignalsCrisis).
 */
export function spellsOut(text: string): boolean {
  return /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:\s[\p{L}\p{N}](?![\p{L}\p{N}])){5,}/u.test(
    text.normalize('NFKC').replace(INVISIBLE, ''),
  );
}
