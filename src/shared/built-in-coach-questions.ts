// The built-in coach's questions, one set per move it can make. Every question is open, asks one thing, ends
// with its only question mark, and neither praises nor diagnoses. `quote` is the person's own words in
// quotation marks, `focus` what the prompt is about ("the meeting"), `when` a plan's due time ("before Friday").
import type { Tone } from './coach';
import type { Language } from './built-in-coach-lexicon';

export interface QuestionContext {
  quote: string;
  focus: string | undefined;
  when: string | undefined;
  /** The plan is a new habit ("from now on…"), so it starts rather than gets done. */
  habit: boolean;
}

type Template = (c: QuestionContext) => string;

export type Move =
  | 'plan-obstacle'
  | 'plan-first-step'
  | 'plan-when'
  | 'feeling-trigger'
  | 'story-reaction'
  | 'example'
  | 'meaning'
  | 'action'
  | 'short-example'
  | 'short-reported'
  | 'short-not-yet'
  | 'vague'
  | 'question-back'
  | 'steer-back';

const thinkingOf = (c: QuestionContext) => (c.focus ? `Thinking of ${c.focus}, what` : 'What');
const comingBackTo = (c: QuestionContext) => `Coming back to ${c.focus ?? 'the question above'}`;

export const QUESTIONS: Record<Move, Record<Tone, Template[]>> = {
  'plan-obstacle': {
    gentle: [
      (c) => `You wrote ${c.quote}. What might get in the way${c.when ? ` ${c.when}` : ''}?`,
      (c) => `You wrote ${c.quote}. If something gets in the way, what would help you keep to it?`,
    ],
    direct: [
      (c) => `You wrote ${c.quote}. What could stop you${c.when ? ` ${c.when}` : ''}?`,
      (c) => `You wrote ${c.quote}. What is the most likely obstacle?`,
    ],
  },
  'plan-first-step': {
    gentle: [(c) => `You wrote ${c.quote}. What is the very first step you will take?`],
    direct: [(c) => `You wrote ${c.quote}. What exactly is your first step?`],
  },
  'plan-when': {
    // Never "When will you do it?": a plan question names no act of its own, so it cannot be read as one about harm.
    gentle: [
      (c) =>
        `You wrote ${c.quote}. ${c.habit ? 'When would you like to start' : 'When would be a realistic time for that'}?`,
    ],
    direct: [
      (c) => `You wrote ${c.quote}. ${c.habit ? 'From what day will that start' : 'By what date will that be done'}?`,
    ],
  },
  'feeling-trigger': {
    gentle: [
      (c) => `You wrote ${c.quote}. What was happening just before you felt that way?`,
      (c) => `When you think of ${c.quote}, what do you notice in yourself now?`,
    ],
    direct: [
      (c) => `You wrote ${c.quote}. What exactly brought that on?`,
      (c) => `You wrote ${c.quote}. What was happening right before that?`,
    ],
  },
  'story-reaction': {
    gentle: [
      (c) => `You wrote ${c.quote}. How did that land for you at the time?`,
      (c) => `When you think back to ${c.quote}, what do you notice in yourself?`,
    ],
    direct: [
      (c) => `You wrote ${c.quote}. What was your honest reaction?`,
      (c) => `You wrote ${c.quote}. What did you make of it in the moment?`,
    ],
  },
  example: {
    gentle: [
      (c) => `You wrote ${c.quote}. What is one recent moment that shows it?`,
      (c) => `You wrote ${c.quote}. When did you last notice that?`,
    ],
    direct: [
      (c) => `You wrote ${c.quote}. What is one concrete example?`,
      (c) => `You wrote ${c.quote}. Where did that show up most recently?`,
    ],
  },
  meaning: {
    gentle: [
      (c) => `What does ${c.quote} mean for you now?`,
      (c) => `What might ${c.quote} be telling you about what you want?`,
    ],
    direct: [
      (c) => `What does ${c.quote} say about what matters to you?`,
      (c) => `If ${c.quote} keeps happening, what is the real challenge underneath it?`,
    ],
  },
  action: {
    gentle: [
      (c) => `What is one small thing you could try about ${c.quote} before your next conversation?`,
      (c) => `What would a first, easy step on ${c.quote} look like?`,
    ],
    direct: [
      (c) => `What will you do about ${c.quote} this week?`,
      (c) => `What is the smallest step on ${c.quote} you could take in the next seven days?`,
    ],
  },
  'short-example': {
    gentle: [(c) => `You wrote ${c.quote}. ${thinkingOf(c)} is one moment that shows what you mean?`],
    direct: [(c) => `You wrote ${c.quote}. ${thinkingOf(c)} is one specific example?`],
  },
  'short-reported': {
    gentle: [(c) => `You wrote ${c.quote}. What was happening when that was said?`],
    direct: [(c) => `You wrote ${c.quote}. What do you make of that remark?`],
  },
  'short-not-yet': {
    gentle: [(c) => `You wrote ${c.quote}. What has made it hard so far?`],
    direct: [(c) => `You wrote ${c.quote}. What is stopping you?`],
  },
  vague: {
    gentle: [(c) => `There is no rush. ${thinkingOf(c)} is one small thing that comes to mind?`],
    direct: [(c) => `Start small. ${thinkingOf(c)} is the first thing that comes to mind?`],
  },
  'question-back': {
    gentle: [
      (c) => `You wrote ${c.quote}. What do you already sense the answer might be?`,
      (c) => `You wrote ${c.quote}. What would knowing the answer change for you?`,
    ],
    direct: [
      (c) => `You wrote ${c.quote}. What is your own best guess at the answer?`,
      (c) => `You wrote ${c.quote}. What would you do differently once you know?`,
    ],
  },
  'steer-back': {
    gentle: [
      (c) =>
        `That seems to be about something else, and that is fine. ${comingBackTo(c)}, what is one thing on your mind?`,
    ],
    direct: [(c) => `That is away from the question. ${comingBackTo(c)}, what is one thing worth noting?`],
  },
};

/**
 * Short, neutral questions for answers in another language, by depth (an example, then the feeling, then a
 * step). They quote nothing: the coach cannot read the words, so it does not pretend to.
 */
export const NEUTRAL_QUESTIONS: Record<Exclude<Language, 'en'>, readonly [string, string, string]> = {
  es: [
    '¿Qué ejemplo concreto te viene a la mente?',
    '¿Cómo te sentiste en ese momento?',
    '¿Cuál sería un primer paso pequeño?',
  ],
  fr: [
    'Quel exemple concret te vient à l’esprit ?',
    'Qu’as-tu ressenti à ce moment-là ?',
    'Quel serait un premier petit pas ?',
  ],
  de: [
    'Welches konkrete Beispiel fällt dir dazu ein?',
    'Wie hast du dich in dem Moment gefühlt?',
    'Was wäre ein kleiner erster Schritt?',
  ],
  pt: [
    'Que exemplo concreto vem à sua mente?',
    'Como você se sentiu naquele momento?',
    'Qual seria um primeiro passo pequeno?',
  ],
  other: [
    'What is one concrete example that comes to mind?',
    'How did you feel at that moment?',
    'What would be a small first step?',
  ],
};

// What a prompt is about, found in its own words, so a question for a short answer stays on the prompt.
const FOCUS_RULES: readonly [RegExp, string][] = [
  [/\byour last meeting\b/i, 'your last meeting'],
  [/\b(?:this|the) meeting\b/i, 'the meeting'],
  [/\bnext conversation\b/i, 'your next conversation'],
  [/\bnext meet(?:ing)?\b/i, 'your next meeting'],
  [/\bhelpful conversation\b/i, 'that conversation'],
  [/\b(?:recent|the) conversation\b/i, 'the conversation'],
  [/\bmentoring relationship\b/i, 'the mentoring relationship'],
  [/\b(?:the|that) relationship\b/i, 'the relationship'],
  [/\bwork or studies\b/i, 'your work or studies'],
  [/\b(?:piece of advice|gave advice|last advice)\b/i, 'that advice'],
  [/\bsomeone who helped you\b/i, 'that person'],
  [/\bsix to twelve months\b/i, 'the months ahead'],
  [/\bthe hard way\b/i, 'what you learned the hard way'],
  [/\bthat problem\b/i, 'that problem'],
  [/\bfirst request\b/i, 'that first request'],
  [/\bquestion have you been\b/i, 'that question'],
  [/\byour meetings\b/i, 'your meetings'],
  [/\bhelp has led\b/i, 'what their help led to'],
  [/\byour mentee\b/i, 'your mentee'],
  [/\byour mentor\b/i, 'your mentor'],
  [/\bopen with\b/i, 'your opening question'],
  [/\bthe last meeting\b/i, 'the last meeting'],
  [/\bbefore you met\b/i, 'the meeting'],
  [/\bthis mentorship\b/i, 'this mentorship'],
  [/\bnext three months\b|\bnext review\b/i, 'the next three months'],
  [/\bsince then\b/i, 'the time since it began'],
  [/\bit ending\b|\bbefore you close\b/i, 'the ending'],
  [/\bthis relationship\b/i, 'this relationship'],
  [/\bwhat (?:exactly )?was said\b|\bdid it land\b/i, 'the feedback'],
  // In a set about one piece of feedback, "it" is that feedback ("What part of it seems fair?").
  [/\b(?:part of|about|with) it\b/i, 'the feedback'],
  [/\bhelp might they need\b|\bthey have thought\b/i, 'your mentee'],
  [/^who\b/i, 'the people around you'],
  [/\bmentoring\b/i, 'mentoring'],
  [/\bguidance\b/i, 'guidance'],
];

/** What the prompt is about, as a phrase to tie a question to it ("the meeting"), if its words say. */
export function promptFocus(promptText: string): string | undefined {
  return FOCUS_RULES.find(([pattern]) => pattern.test(promptText))?.[1];
}
