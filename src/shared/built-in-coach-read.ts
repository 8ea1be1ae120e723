// How the built-in coach reads an answer before it asks anything: which language it is in, and what kind of
// answer it is (a plan, a feeling, a story, a question back, something short or vague, something off the
// question), plus the sentence that made it so. Word stems, not exact words: "feel", "feels", "felt".
import {
  ASSISTANT_REQUEST,
  DAY,
  DOMAIN,
  DUE,
  FEELING,
  FIRST_PERSON,
  FUNCTION_WORDS,
  HABIT,
  IMPERATIVE_START,
  INTENT,
  NOT_YET,
  OFF_TOPIC,
  PAST,
  REPORTED,
  STOPWORDS,
  SUBJECTLESS_INTENT,
  VAGUE,
  WEAK_INTENT,
  type Language,
} from './built-in-coach-lexicon';
import { sentences, wordCount, words } from './built-in-coach-text';
import { namesAnAction } from './names-an-action';

export type AnswerKind =
  'plan' | 'feeling' | 'story' | 'question' | 'short' | 'off-topic' | 'not-english' | 'reflection';
export type { Language };

export interface AnswerReading {
  kind: AnswerKind;
  language: Language;
  /** The sentence that decided the kind: the one to quote back. */
  sentence: string;
  /** For a plan: when it is due, as a phrase that follows a question ("before Thursday", "this week"). */
  when?: string;
  /** Someone else's words reported ("She said I should delegate more"). */
  reported: boolean;
  /** "Not much", "idk": nothing yet to quote. */
  vague: boolean;
  /** A short answer saying it has not happened ("I haven't really"). */
  notYet: boolean;
  /** A plan that is a new habit ("from now on…") rather than one act. */
  habit: boolean;
  words: number;
}

/** The answer's language, from its script and its common words; short or unclear text counts as English. */
export function detectLanguage(text: string): Language {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'en';
  const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
  if (latin / letters.length < 0.5) return 'other';
  const tokens = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const score = (language: Exclude<Language, 'other'>) => tokens.filter((t) => STOPWORDS[language].has(t)).length;
  const english = score('en');
  const others = (['es', 'fr', 'de', 'pt'] as const)
    .map((language) => ({ language, hits: score(language) }))
    .sort((a, b) => b.hits - a.hits);
  const best = others[0];
  if (best && best.hits > english && (best.hits >= 2 || english === 0)) return best.language;
  return 'en';
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** "before Thursday", "this week", "next time", "once you start": a due time phrased to end a question. */
function duePhrase(sentence: string): string | undefined {
  const match = sentence.match(DUE);
  if (!match) return undefined;
  if (match[3]) return 'once you start';
  const raw = (match[1] ?? match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const named = raw.replace(new RegExp(`\\b(${DAY})\\b`), (day) => day[0]!.toUpperCase() + day.slice(1));
  return /^(?:this|next time)\b/.test(named) ? named : `before ${named}`;
}

/** The words after the first match of `pattern` in a sentence, or undefined when it does not match. */
function after(sentence: string, pattern: RegExp): string | undefined {
  const match = sentence.match(pattern);
  return match?.index === undefined ? undefined : sentence.slice(match.index + match[0].length);
}

/** True when a sentence states the person's own plan, and names what it is about (see names-an-action.ts). */
function isPlan(sentence: string): boolean {
  const intent = sentence.match(INTENT) ?? sentence.match(WEAK_INTENT);
  // "She said I should delegate more" reports someone else's idea; it is not the person's own plan.
  if (intent && !REPORTED.test(sentence.slice(0, intent.index))) {
    const strong = INTENT.test(sentence);
    const stated = strong || (intent.index ?? 0) <= 12 || DUE.test(sentence);
    return stated && namesAnAction(after(sentence, strong ? INTENT : WEAK_INTENT) ?? '');
  }
  if (SUBJECTLESS_INTENT.test(sentence)) return namesAnAction(after(sentence, SUBJECTLESS_INTENT) ?? '');
  return IMPERATIVE_START.test(sentence) && DUE.test(sentence) && namesAnAction(sentence);
}

function isOffTopic(text: string, promptWords: ReadonlySet<string>): boolean {
  if (ASSISTANT_REQUEST.test(text)) return true;
  if (FEELING.test(text)) return false;
  const domain =
    count(text, DOMAIN) +
    words(text).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w) && promptWords.has(w)).length;
  if (count(text, OFF_TOPIC) >= 1 && domain <= 1) return true;
  // Only a longer answer with nothing of the prompt in it counts: "Maybe Dana or Luis" is short, not off-topic.
  return domain === 0 && !FIRST_PERSON.test(text) && wordCount(text) >= 8;
}

/** Reads an answer: its language, its kind and the sentence to quote, for the prompt it answers. */
export function readAnswer(answer: string, promptText: string): AnswerReading {
  const all = sentences(answer.trim());
  const total = wordCount(answer);
  const base = {
    language: detectLanguage(answer),
    sentence: all[0] ?? answer.trim(),
    reported: REPORTED.test(answer),
    vague: false,
    notYet: false,
    habit: false,
    words: total,
  };
  if (base.language !== 'en') return { ...base, kind: 'not-english' };
  if (isOffTopic(answer, new Set(words(promptText)))) return { ...base, kind: 'off-topic' };
  const question = all.findLast((s) => s.endsWith('?') && wordCount(s) >= 2);
  if (question && (all.at(-1)?.endsWith('?') || total <= 30)) return { ...base, kind: 'question', sentence: question };
  const plan = all.find(isPlan);
  if (plan) {
    const when = duePhrase(plan);
    return { ...base, kind: 'plan', sentence: plan, habit: HABIT.test(plan), ...(when ? { when } : {}) };
  }
  const feeling = all.find((s) => FEELING.test(s));
  if (feeling) return { ...base, kind: 'feeling', sentence: feeling };
  const trimmed = answer.trim();
  if (total < 8 || (total < 15 && VAGUE.test(trimmed)))
    return { ...base, kind: 'short', sentence: trimmed, vague: VAGUE.test(trimmed), notYet: NOT_YET.test(trimmed) };
  if (count(answer, PAST) >= 2 && total >= 10)
    return { ...base, kind: 'story', sentence: all.find((s) => count(s, PAST) >= 1) ?? base.sentence };
  return { ...base, kind: 'reflection' };
}
