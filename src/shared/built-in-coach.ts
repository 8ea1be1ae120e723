// The built-in guide: follow-up questions and a summary made only from the prompt and the person's own words.
// Deterministic (same input, same output), runs in the browser ("no AI" mode) and on the server (no key, the
// AI failed, or the day's budget is spent). It reads the answer first (built-in-coach-read.ts) and asks the
// one open question that fits it: forward for a plan, a concrete example for something short, a gentle way
// back for something off the question, what happened → how it felt → what it means → what to try for the rest.
// Words of death or harm are never said back: it quotes and reads only sentences without them (safety/harm-words.ts),
// and an answer the safety gate does not call ordinary gets a care question instead (safety/messages.ts).
import type { FollowUpExchange, Tone } from './coach';
import type { Prompt } from './schemas/content';
import { readAnswer, type AnswerReading } from './built-in-coach-read';
import { NEUTRAL_QUESTIONS, QUESTIONS, promptFocus, type Move, type QuestionContext } from './built-in-coach-questions';
import { FEELING } from './built-in-coach-lexicon';
import { mirrorPhrase, pick, quoteAround, quoteOf, sentences, wordCount } from './built-in-coach-text';
import { careQuestion, guideSafety, mentionsHarm } from './safety';

export { builtInSummary, type BuiltInSummaryInput } from './built-in-coach-summary';
export { mirrorPhrase, sentences } from './built-in-coach-text';

/** The sentences of a text that hold no word of death or harm: the only ones the guide may read or quote. */
function harmless(text: string): string {
  return sentences(text.trim())
    .filter((sentence) => !mentionsHarm(sentence))
    .join(' ');
}

/** The moves that fit an answer, best first; the first not asked already is used. */
function movesFor(reading: AnswerReading, step: number): Move[] {
  switch (reading.kind) {
    case 'plan':
      return reading.when ? ['plan-obstacle', 'plan-first-step'] : ['plan-when', 'plan-first-step', 'plan-obstacle'];
    case 'question':
      return ['question-back'];
    case 'off-topic':
      return ['steer-back'];
    case 'short':
      if (reading.vague) return ['vague'];
      if (reading.notYet) return ['short-not-yet', 'short-example'];
      return reading.reported ? ['short-reported', 'short-example'] : ['short-example', 'vague'];
    case 'feeling':
      if (step >= 2) return ['action', 'meaning'];
      return step === 1 || reading.words >= 40 ? ['meaning', 'action'] : ['feeling-trigger', 'meaning'];
    case 'story':
      return step >= 2 ? ['action', 'meaning'] : step === 1 ? ['meaning', 'action'] : ['story-reaction', 'meaning'];
    default:
      return step >= 2 ? ['action', 'meaning'] : step === 1 ? ['meaning', 'action'] : ['example', 'meaning'];
  }
}

/** The person's words to quote for this kind of answer: all of a short one, the deciding sentence otherwise. */
function quoteFor(reading: AnswerReading, basis: string): string {
  if (reading.kind === 'short' || reading.kind === 'plan' || reading.kind === 'question')
    return quoteOf(reading.sentence, 12);
  if (reading.kind === 'feeling') return quoteAround(reading.sentence, FEELING, 10);
  return `“${mirrorPhrase(basis, /[,;]|\b(?:but|because|felt|hard|stuck|unsure|never|always)\b/i, 10)}”`;
}

/**
 * One open follow-up question for an answer. The latest reply to an earlier follow-up is what it reads, when
 * there is one worth reading; the depth is how many follow-ups came before. Never repeats an earlier question.
 */
export function builtInFollowUp(
  prompt: Prompt,
  answer: string,
  earlier: FollowUpExchange[] = [],
  tone: Tone = 'gentle',
): string {
  const step = earlier.length;
  const asked = new Set(earlier.map((e) => e.question.trim()));
  // The callers run the gate first; it runs again here so that this function can never coach words of harm.
  if (guideSafety(answer, ...earlier.map((e) => e.answer)) !== 'coach') return careQuestion(answer, [...asked]);
  const replies = earlier.map((e) => harmless(e.answer)).filter(Boolean);
  const latest = replies.at(-1);
  // A reply of two or three words ("Not great.") says too little to quote: the first answer is read instead.
  const basis = latest && wordCount(latest) >= 4 ? latest : harmless(answer);
  const context0: QuestionContext = { quote: '', focus: promptFocus(prompt.text), when: undefined, habit: false };
  // Nothing left to quote once words of harm are set aside ("This migration is killing me."): ask without quoting.
  if (!basis)
    return (
      pick(
        QUESTIONS.vague[tone].map((t) => t(context0)),
        answer,
        (q) => asked.has(q),
      ) ?? QUESTIONS.vague[tone][0]!(context0)
    );
  const reading = readAnswer(basis, prompt.text);
  // An answer with a word of harm anywhere gets no plan question, even about its harmless sentences: the person may
  // be planning something else entirely, and "when will you…" must never be the reply to that.
  if (reading.kind === 'plan' && (mentionsHarm(answer) || earlier.some((e) => mentionsHarm(e.answer))))
    reading.kind = 'reflection';

  if (reading.kind === 'not-english') {
    const neutral = NEUTRAL_QUESTIONS[reading.language === 'en' ? 'other' : reading.language];
    const fresh = neutral.slice(Math.min(step, 2)).find((q) => !asked.has(q));
    return fresh ?? neutral[2];
  }

  const context: QuestionContext = {
    quote: quoteFor(reading, basis),
    focus: promptFocus(prompt.text),
    when: reading.when,
    habit: reading.habit,
  };
  for (const move of movesFor(reading, step)) {
    const questions = QUESTIONS[move][tone].map((template) => template(context));
    const question = pick(questions, basis, (q) => asked.has(q));
    if (question && !asked.has(question)) return question;
  }
  const fallback = QUESTIONS.action[tone].map((template) => template(context));
  return pick(fallback, basis, (q) => asked.has(q)) ?? 'What else comes to mind about this?';
}
