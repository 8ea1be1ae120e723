// The built-in guide: follow-up questions and a summary made only from the prompt, its hint and the person's
// own words. Deterministic (same input, same output), runs in the browser ("no AI" mode) and on the server
// (no key, or the AI failed). It follows the same rules as the AI guide: one open question, no flattery,
// the person's words mirrored back, moving from what happened → how it felt → what it means → what to try.
import type { FollowUpExchange, Tone } from './coach';
import type { Prompt } from './schemas/content';
import { SUMMARY_SECTIONS } from './summary-format';

type Layer = 'describe' | 'feel' | 'meaning' | 'action';

const FEELING_WORDS = /\b(felt|feel|feeling|afraid|anxious|nervous|worried|proud|glad|relieved|frustrat\w*|angry|annoyed|upset|excited|embarrass\w*|ashamed|confident|unsure|stuck|lost|overwhelm\w*|disappoint\w*|grateful|lonely|scared|happy|sad)\b/i;
const TENSION_WORDS = /\b(stuck|unsure|hard|harder|struggl\w*|avoid\w*|worr\w*|not yet|don'?t know|haven'?t|afraid|difficult|can'?t|never|problem|challenge|hesita\w*|doubt\w*|miss\w*|late|behind)\b/i;
const STRENGTH_WORDS = /\b(learn\w*|helped|managed|proud|finished|shipped|built|led|solved|improv\w*|good at|enjoy\w*|worked|succeed\w*|figured|grew|taught|listen\w*|asked)\b/i;
const INTENT_WORDS = /\b(will|going to|plan\w*|try|next|want to|intend|aim|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the end))\b/i;

/** Small stable hash so the same answer always picks the same wording. */
function stableHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash;
}

/** Splits prose into trimmed sentences. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A short phrase of theirs to mirror back: up to eight words of their most charged sentence. */
export function mirrorPhrase(answer: string): string {
  const all = sentences(answer);
  const charged = all.find((s) => FEELING_WORDS.test(s) || TENSION_WORDS.test(s)) ?? all.at(-1) ?? answer;
  const clause = (charged.split(/[,;:–—]/)[0] ?? charged).replace(/["“”‘’]/g, '').replace(/[.!?]+$/, '').trim();
  const words = clause.split(/\s+/).filter(Boolean);
  const phrase = words.slice(0, 8).join(' ');
  return words.length > 8 ? `${phrase}…` : phrase;
}

/** First sentence of the hint, used to offer a smaller way into the question. */
function hintOpening(hint: string): string {
  return sentences(hint)[0] ?? hint;
}

function layerFor(answer: string, step: number): Layer {
  if (step >= 2) return 'action';
  if (step === 1) return FEELING_WORDS.test(answer) ? 'meaning' : 'feel';
  return wordCount(answer) >= 40 ? (FEELING_WORDS.test(answer) ? 'meaning' : 'feel') : 'describe';
}

const QUESTIONS: Record<Layer, Record<Tone, ((phrase: string) => string)[]>> = {
  describe: {
    gentle: [
      (p) => `You wrote “${p}”. What was happening just before that?`,
      (p) => `When you think of “${p}”, which moment comes to mind first?`,
    ],
    direct: [
      (p) => `You wrote “${p}”. What exactly happened?`,
      (p) => `“${p}”: what is one concrete example?`,
    ],
  },
  feel: {
    gentle: [
      (p) => `When you think about “${p}”, what do you notice in yourself?`,
      (p) => `How did “${p}” feel at the time?`,
    ],
    direct: [
      (p) => `What was your honest reaction to “${p}”?`,
      (p) => `What did “${p}” stir up for you?`,
    ],
  },
  meaning: {
    gentle: [
      (p) => `What does “${p}” mean for you now?`,
      (p) => `What might “${p}” be telling you about what you want?`,
    ],
    direct: [
      (p) => `What does “${p}” say about what matters to you?`,
      (p) => `If “${p}” keeps happening, what is the real challenge underneath it?`,
    ],
  },
  action: {
    gentle: [
      (p) => `What is one small thing you could try about “${p}” before you next meet your mentor?`,
      (p) => `What would a first, easy step on “${p}” look like?`,
    ],
    direct: [
      (p) => `What will you do about “${p}” this week?`,
      (p) => `What is the smallest step on “${p}” you could take in the next seven days?`,
    ],
  },
};

/**
 * One open follow-up question for an answer. Short answers get a smaller way in, drawn from the prompt's hint;
 * longer ones are mirrored back and taken one layer deeper with each follow-up already asked.
 */
export function builtInFollowUp(prompt: Prompt, answer: string, earlier: FollowUpExchange[] = [], tone: Tone = 'gentle'): string {
  const latest = [...earlier].reverse().find((e) => e.answer.trim().length > 0)?.answer;
  const basis = latest ?? answer;
  if (earlier.length === 0 && wordCount(answer) < 12) {
    return tone === 'direct'
      ? `${hintOpening(prompt.hint)} What is one specific example?`
      : `There is no rush. ${hintOpening(prompt.hint)} What comes to mind?`;
  }
  const layer = layerFor(basis, earlier.length);
  const variants = QUESTIONS[layer][tone];
  const pick = variants[stableHash(basis) % variants.length] ?? variants[0];
  return pick ? pick(mirrorPhrase(basis)) : `What else comes to mind about this?`;
}

export interface BuiltInSummaryInput {
  prompts: Prompt[];
  answers: { promptId: string; answer: string; followUps?: FollowUpExchange[] }[];
}

const quote = (text: string) => `“${text.replace(/["“”]/g, '').trim()}”`;

/**
 * A summary in the five fixed sections, built from the person's own sentences. It quotes rather than
 * interprets, frames what it does say tentatively, and never praises.
 */
export function builtInSummary({ prompts, answers }: BuiltInSummaryInput): string {
  const written = answers
    .map((a) => ({
      prompt: prompts.find((p) => p.id === a.promptId),
      text: [a.answer, ...(a.followUps ?? []).map((f) => f.answer)].filter((t) => t.trim()).join(' '),
    }))
    .filter((a) => a.text.trim().length > 0);
  const allSentences = written.flatMap((a) => sentences(a.text));
  const pickSentences = (pattern: RegExp, max: number, exclude: Set<string>) => {
    const picked = allSentences.filter((s) => pattern.test(s) && !exclude.has(s) && wordCount(s) >= 3).slice(0, max);
    picked.forEach((s) => exclude.add(s));
    return picked;
  };
  const used = new Set<string>();

  const stoodOut = [...written]
    .sort((a, b) => wordCount(b.text) - wordCount(a.text))
    .slice(0, 2)
    .map((a) => {
      const first = sentences(a.text)[0] ?? a.text;
      used.add(first);
      return a.prompt ? `On “${a.prompt.text.replace(/[?.]$/, '')}”, you wrote ${quote(first)}` : `You wrote ${quote(first)}`;
    });

  const strengths = pickSentences(STRENGTH_WORDS, 2, used).map((s) => `In your words: ${quote(s)}`);
  const edges = pickSentences(TENSION_WORDS, 2, used).map((s) => `It sounds like this is still open: ${quote(s)}`);
  const steps = pickSentences(INTENT_WORDS, 3, used).map((s) => `You said: ${quote(s)} Put a date next to it.`);

  const questions: string[] = [];
  for (const s of allSentences) if (s.endsWith('?') && questions.length < 2) questions.push(s);
  for (const edge of edges.slice(0, 2)) {
    if (questions.length >= 3) break;
    const phrase = mirrorPhrase(edge.replace(/^It sounds like this is still open: /, ''));
    questions.push(`When you faced something like “${phrase}”, what helped you most?`);
  }
  if (questions.length < 2) questions.push('What do you see in me that I might not see yet?');
  if (questions.length < 2) questions.push('What would you focus on next, in my place?');

  const sections: Record<(typeof SUMMARY_SECTIONS)[number]['key'], string[]> = {
    stoodOut: stoodOut.length ? stoodOut : ['You have not written much yet. Even a sentence per prompt gives you something to look back on.'],
    strengths: strengths.length ? strengths : [`You wrote about ${written.length} of ${prompts.length} prompts. Which part of that are you most ready to build on?`],
    growthEdges: edges.length ? edges : ['Nothing you wrote named a difficulty directly. Is there one you left out?'],
    nextSteps: steps.length ? steps : ['Choose one thing from your answers you could do in the next week, and write down when.'],
    questions,
  };
  return SUMMARY_SECTIONS.map((s) => {
    const items = sections[s.key];
    const body = s.key === 'stoodOut' ? items.join('\n\n') : items.map((i) => `- ${i}`).join('\n');
    return `## ${s.title}\n\n${body}`;
  }).join('\n\n') + '\n';
}
