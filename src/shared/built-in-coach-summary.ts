// The built-in summary: the five sections made only from what the person wrote. Their own intentions ("I will…",
// "next time I…") become next steps, their own words about what went well become strengths, what they found
// hard becomes a growth edge, their own questions go to the mentor (none are made up for them). Where they wrote nothing of a kind, the
// section says so plainly and invites them to add one: it never invents praise or a generic step.
// A sentence with a word of death or harm is never quoted or listed (safety/harm-words.ts), and an intention
// becomes a next step only when it names what it is about ("I want to end it." is not a step: names-an-action.ts).
import type { SummaryAnswer } from './model/answer';
import type { SummaryCheckIn } from './model/check-in';
import type { Prompt } from './schemas/content';
import {
  EMPTY_SECTION_TEXT,
  SUMMARY_SECTIONS,
  formatSummary,
  type SummarySection,
  type SummarySectionKey,
} from './summary-format';
import { firstWords, quotable, sentences, wordCount } from './built-in-coach-text';
import { namesAnAction } from './names-an-action';
import { mentionsHarm } from './safety';

export interface BuiltInSummaryInput {
  prompts: Prompt[];
  /** As a summary request carries them; follow-ups may be left out (the request's default is none). */
  answers: (Omit<SummaryAnswer, 'followUps'> & Partial<Pick<SummaryAnswer, 'followUps'>>)[];
  checkIns?: SummaryCheckIn[];
}

/** The sentences of a text that hold no word of death or harm: the only ones a summary may quote or list. */
const harmlessSentences = (text: string): string[] => sentences(text).filter((sentence) => !mentionsHarm(sentence));

/** Check-ins named one by one in "What stood out"; the rest are counted. */
const CHECK_INS_NAMED = 5;

/** One check-in as a sentence in the person's words: the commitment, what became of it, and their note. */
function checkInSentence({ text, state, note }: SummaryCheckIn): string {
  const what = mentionsHarm(text) ? 'one earlier commitment' : `“${firstWords(quotable(text), 20)}”`;
  const said = harmlessSentences(note)[0];
  const tail = said ? `: you wrote “${firstWords(quotable(said), 25)}”.` : '.';
  if (state === 'done') return `Since last time you did ${what}${tail}`;
  if (state === 'dropped') return `Since last time you let go of ${what}${tail}`;
  return `${what[0]!.toUpperCase()}${what.slice(1)} is still open${tail}`;
}

/** The check-ins for "What stood out": the first few by name, then how many more. */
function checkInParagraphs(checkIns: SummaryCheckIn[]): string[] {
  const named = checkIns.slice(0, CHECK_INS_NAMED).map(checkInSentence);
  const more = checkIns.length - named.length;
  return more > 0
    ? [...named, `You checked in on ${more} more earlier ${more === 1 ? 'commitment' : 'commitments'} as well.`]
    : named;
}

const INTENTION =
  /\b(?:i will|i'll|i am going to|i'm going to|im going to|i'm gonna|i plan to|i'm planning to|i am planning to|i intend to|i aim to|i want to|i'd like to|i would like to|next time,? i|my next step|from now on,? i|i(?:'ve| have)? decided to|i commit to|tomorrow,? i|this week,? i)\b/i;
/**
 * "I want to ask how…", "I'd like to ask them whether…": an intention whose action is a question is a question for
 * the mentor, not a step to track. "I will ask for feedback earlier" stays a step: it is something to do.
 */
const INTENT_TO_ASK =
  /\b(?:i will|i'll|i am going to|i'm going to|i plan to|i want to|i'd like to|i would like to|i need to)\s+ask\s+(?:(?:my mentor|them|him|her|you)\s+)?(?:how|what|why|whether|if|when|where|who|which|about)\b/i;
const REPORTED = /\b(?:said|says|told (?:me|us)|suggested|recommended|mentioned|advised|asked me)\b/i;
const WENT_WELL =
  /\b(?:went well|worked|helped|managed to|proud|pleased|glad|happy with|learn(?:ed|t)|figured out|finished|shipped|delivered|solved|improved|got better|succeeded|good at|enjoy(?:ed|s)?|confident|progress|achieved|completed|fixed|handled|built|grew|stood up|spoke up|asked for|went better|was useful|paid off)\b/i;
const DIFFICULTY =
  /\b(?:stuck|unsure|not sure|hard|harder|struggl\w*|avoid\w*|worr\w*|don'?t know|afraid|difficult|can'?t|cannot|problem\w*|challeng\w*|hesita\w*|doubt\w*|behind|nervous|overwhelm\w*|confus\w*|frustrat\w*|anxious|scared|fail\w*|mistake\w*|missed|tough|tricky|unclear|embarrass\w*|ashamed|disappoint\w*|insecure|upset|stayed quiet|didn'?t work|did not work|went badly|went wrong)\b/i;
const NEGATED_BEFORE =
  /\b(?:not|never|didn'?t|wasn'?t|weren'?t|no|hardly|couldn'?t|don'?t|doesn'?t|haven'?t|hasn'?t|isn'?t|won'?t)\b(?:\W+\w+){0,2}\W*$/i;

type Kind = 'question' | 'step' | 'strength' | 'edge';

/** True when `pattern` matches somewhere in `clause` without a "not"/"didn't" just before it. */
function affirms(clause: string, pattern: RegExp): boolean {
  const match = clause.match(pattern);
  return match?.index !== undefined && !NEGATED_BEFORE.test(clause.slice(0, match.index));
}

/** What one sentence of theirs is: a question, an intention, something that went well, or a difficulty. */
function kindOf(sentence: string): Kind | undefined {
  const plain = sentence.replace(/[‘’]/g, "'");
  if (plain.endsWith('?') || INTENT_TO_ASK.test(plain)) return 'question';
  const intent = plain.match(INTENTION);
  if (intent?.index !== undefined && !REPORTED.test(plain.slice(0, intent.index))) {
    if (namesAnAction(plain.slice(intent.index + intent[0].length))) return 'step';
    return undefined;
  }
  // "I was nervous, but I spoke up": the clause that comes last decides.
  for (const clause of plain.split(/\b(?:but|although|though|yet|however)\b|;/i).reverse()) {
    const good = affirms(clause, WENT_WELL);
    const hard = DIFFICULTY.test(clause) || (WENT_WELL.test(clause) && !good);
    if (good && !hard) return 'strength';
    if (hard) return 'edge';
  }
  return undefined;
}

const bullets = (items: string[]) => items.map((text) => ({ kind: 'bullet' as const, text }));

/** A summary in the five fixed sections, built from the person's own sentences. Deterministic. */
export function builtInSummary({ prompts, answers, checkIns = [] }: BuiltInSummaryInput): string {
  const written = answers
    .map((a) => ({
      prompt: prompts.find((p) => p.id === a.promptId),
      text: [a.answer, ...(a.followUps ?? []).map((f) => f.answer)].flatMap(harmlessSentences).join(' '),
    }))
    .filter((a) => a.text.trim().length > 0);

  const found: Record<Kind, string[]> = { question: [], step: [], strength: [], edge: [] };
  // Notes on earlier commitments are the person's words too: an intention in one is a next step like any other.
  const notes = checkIns.flatMap((c) => harmlessSentences(c.note));
  for (const sentence of [...written.flatMap((a) => sentences(a.text)), ...notes]) {
    const kind = kindOf(sentence);
    if (kind && wordCount(sentence) >= 2 && !found[kind].includes(sentence)) found[kind].push(sentence);
  }

  const answerQuotes = [...written]
    .sort((a, b) => wordCount(b.text) - wordCount(a.text))
    .slice(0, 2)
    .map((a) => {
      const first = `“${firstWords(quotable(sentences(a.text)[0] ?? a.text), 25)}”`;
      return a.prompt ? `On “${quotable(a.prompt.text)}”, you wrote ${first}.` : `You wrote ${first}.`;
    });
  const stoodOut = [...checkInParagraphs(checkIns), ...answerQuotes];

  const items: Record<SummarySectionKey, string[]> = {
    stoodOut,
    strengths: found.strength.slice(0, 3),
    growthEdges: found.edge.slice(0, 3),
    nextSteps: found.step.slice(0, 4),
    questions: found.question.slice(0, 3),
  };
  const sections: SummarySection[] = SUMMARY_SECTIONS.map((s) => {
    const mine = items[s.key];
    if (mine.length === 0) return { key: s.key, title: s.title, blocks: bullets([EMPTY_SECTION_TEXT[s.key]]) };
    return {
      key: s.key,
      title: s.title,
      blocks: s.key === 'stoodOut' ? mine.map((text) => ({ kind: 'paragraph' as const, text })) : bullets(mine),
    };
  });
  return formatSummary(sections);
}
