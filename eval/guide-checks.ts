// The automatic checks on one reply of the guide. Each is a plain rule a reader can verify by eye: one question
// at the end, no flattery, it refers to what the person wrote, it looks forward for a plan, it steers back when
// the answer is off the question, it does not echo the hint, and for another language it does not quote words
// it cannot read (built-in) or it answers in that language (AI).
import type { Prompt } from '../src/shared/schemas/content';
import { detectLanguage } from '../src/shared/built-in-coach-read';
import type { GuideCase } from './guide-cases';

export type CheckName =
  | 'one-question'
  | 'no-flattery'
  | 'refers-to-answer'
  | 'forward-looking'
  | 'steers-back'
  | 'no-hint-echo'
  | 'language'
  | 'tied-to-prompt';
export type Source = 'built-in' | 'gemini';

const FLATTERY =
  /\b(?:great|amazing|awesome|excellent|wonderful|fantastic|impressive|brilliant|well done|good job|nice work|love (?:that|this|how)|proud of you|insightful|brave|thank you for sharing|what a)\b|!/i;
const FORWARD =
  /\b(?:get in the way|obstacle|stop you|first step|next step|when|by what|what date|start|keep to it|before|this week|plan|try|will you)\b/i;
const STOP = new Set(
  'that this with have from they them your what when where which would could should about there their been were into than then just like more most some said told much really also very only even feel felt think after before other first time because'.split(
    ' ',
  ),
);

/** Content words: lower case, four letters or more, not a common function word. */
const contentWords = (text: string) =>
  new Set((text.toLowerCase().match(/[\p{L}']{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
/** The guide's own words: the reply without anything it quotes. */
const ownWords = (reply: string) => reply.replace(/“[^”]*”|"[^"]*"/g, ' ');

function sharesWord(a: string, b: string): boolean {
  const words = contentWords(b);
  return [...contentWords(a)].some(
    (w) => words.has(w) || [...words].some((v) => v.length >= 5 && w.length >= 5 && v.slice(0, 5) === w.slice(0, 5)),
  );
}

/** Five words in a row from the hint, anywhere in the reply. */
function echoesHint(reply: string, hint: string): boolean {
  const words = hint.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const text = reply.toLowerCase().replace(/\s+/g, ' ');
  for (let i = 0; i + 5 <= words.length; i++) if (text.includes(words.slice(i, i + 5).join(' '))) return true;
  return false;
}

/** The checks that apply to a case, by the kind of answer it is. */
export function checksFor(kind: GuideCase['kind']): CheckName[] {
  const always: CheckName[] = ['one-question', 'no-flattery', 'no-hint-echo'];
  switch (kind) {
    case 'plan':
      return [...always, 'refers-to-answer', 'forward-looking'];
    case 'off-topic':
      return [...always, 'steers-back'];
    case 'not-english':
      return [...always, 'language'];
    case 'vague':
      return [...always, 'tied-to-prompt'];
    default:
      return [...always, 'refers-to-answer'];
  }
}

/** Runs one check; true when the reply passes it. `basis` is what the reply should respond to. */
export function runCheck(name: CheckName, reply: string, basis: string, prompt: Prompt, source: Source): boolean {
  const text = reply.trim();
  switch (name) {
    case 'one-question':
      return (text.match(/\?/g) ?? []).length === 1 && text.endsWith('?');
    case 'no-flattery':
      return !FLATTERY.test(ownWords(text));
    case 'refers-to-answer':
      return sharesWord(text, basis);
    case 'forward-looking':
      return FORWARD.test(ownWords(text));
    case 'steers-back': {
      const offTopic = [...contentWords(basis)].filter((w) => !contentWords(prompt.text).has(w));
      const mentionsPrompt = sharesWord(text, prompt.text) || /\b(?:back to|coming back|the question)\b/i.test(text);
      return mentionsPrompt && !offTopic.some((w) => contentWords(text).has(w));
    }
    case 'no-hint-echo':
      // Quoting the person is fine even when they used the hint's words; the guide's own words must not echo it.
      return !echoesHint(ownWords(text), prompt.hint);
    case 'language': {
      const language = detectLanguage(basis);
      if (source === 'gemini') return language === 'other' || detectLanguage(text) === language;
      return ![...contentWords(basis)].some((w) => contentWords(text).has(w));
    }
    case 'tied-to-prompt':
      return sharesWord(text, prompt.text);
  }
}
