// How the built-in coach reads an answer before it asks anything: which language it is in, and what kind of
// answer it is (a plan, a feeling, a story, a question back, something short or vague, something off the
// question), plus the sentence that made it so. Word stems, not exact words: "feel", "feels", "felt".
import { sentences, wordCount, words } from './built-in-coach-text';

export type AnswerKind = 'plan' | 'feeling' | 'story' | 'question' | 'short' | 'off-topic' | 'not-english' | 'reflection';
export type Language = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'other';

export interface AnswerReading {
  kind: AnswerKind;
  language: Language;
  /** The sentence that decided the kind: the one to quote back. */
  sentence: string;
  /** For a plan: when it is due, as a phrase that follows a question ("before Thursday", "this week"). */
  when?: string;
  /** Someone else's words reported ("She said I should delegate more"). */
  reported: boolean;
  /** "Not much", "idk", "fine": nothing yet to quote. */
  vague: boolean;
  words: number;
}

// Common words that tell languages apart. Words shared with English ("a", "no", "me", "on") are left out.
const STOPWORDS: Record<Exclude<Language, 'other'>, ReadonlySet<string>> = {
  en: new Set('the and i to of in it is was my that for with you we he she they this be have not but at so what about will would just really felt feel me our an'.split(' ')),
  es: new Set('el la los las que y en un una es mi por con para lo se muy pero como su al del yo estoy fue ha esta este eso sobre tambien porque cuando mis nos sus le'.split(' ')),
  fr: new Set('le la les de des et je il elle un une est pas que qui du pour dans avec mon ma mes ce cette sur au nous vous j m l d qu c n suis ai tres mais aussi parce quand'.split(' ')),
  de: new Set('der die das und ich ist nicht ein eine zu mit mein meine es den dem auf fur war sie wir auch aber wie hat habe bin sehr wenn weil mir mich dass oder'.split(' ')),
  pt: new Set('o os as de que e um uma nao eu meu minha com para por em do da no na foi mas muito estou ele ela voce isso sobre tambem porque quando meus'.split(' ')),
};

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
  const others = (['es', 'fr', 'de', 'pt'] as const).map((language) => ({ language, hits: score(language) })).sort((a, b) => b.hits - a.hits);
  const best = others[0];
  if (best && best.hits > english && (best.hits >= 2 || english === 0)) return best.language;
  return 'en';
}

const FEELING = /\b(?:feel|feels|felt|feeling|feelings|anxi\w*|nervous\w*|worr\w*|scared|scary|afraid|fear\w*|frustrat\w*|angr\w*|annoy\w*|upset\w*|sad|sadness|saddened|happ(?:y|ier|iness)|glad|reliev\w*|relief|proud|pride|excit\w*|embarrass\w*|ashamed|shame\w*|guilt\w*|disappoint\w*|overwhelm\w*|stress\w*|lonel\w*|confus\w*|hopeful|hopeless\w*|grateful|gratitude|thankful|jealous\w*|envious|insecure|confident|unsure|uncertain|discourag\w*|encourag\w*|demotivat\w*|motivat\w*|exhaust\w*|drained|burn(?:ed|t) out|hurt|calm\w*|uneasy|awkward|uncomfortable|valued|ignored|dismissed|respected|appreciated|energi[sz]ed|tense|panic\w*|dread\w*|thrilled|moved|touched)\b/i;

const INTENT = /\b(?:i will|i['’]ll|i am going to|i['’]m going to|im going to|i['’]m gonna|gonna|i plan to|i['’]m planning to|i am planning to|my plan is|i intend to|i aim to|i want to|i['’]d like to|i would like to|i need to|i hope to|i should(?! have)|i must|i have to|my next step|next step is|next time,? i|from now on|i commit to|i(?:['’]ve| have)? decided to|i['’]m going|i am going|tomorrow i|this week i)\b/i;
const REPORTED = /\b(?:said|says|told (?:me|us|him|her|them)|suggested|recommended|mentioned|advised|pointed out|asked me|thinks i|wants me to)\b/i;
const IMPERATIVE_START = /^(?:send|email|call|book|ask|write|finish|schedule|share|draft|prepare|read|talk|meet|follow up|review|set up|reach out|message|text|update|plan|try)\b/i;
const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DUE = new RegExp(String.raw`\b(?:by|before|on|until)\s+((?:next\s+)?(?:${DAY})|tomorrow|tonight|the end of (?:the |this )?(?:day|week|month)|end of (?:the |this )?(?:day|week|month)|next (?:week|month)|(?:our|my|the) next (?:meeting|session|call|one-to-one|1:1))\b|\b(tomorrow|tonight|this week|next week|this month|next month)\b`, 'i');

const PAST = /\b(?:\w{3,}ed|said|told|went|was|were|had|did|came|got|made|took|gave|saw|thought|felt|left|met|brought|began|became|spoke|wrote|sent|ran|found|knew|heard|kept|sat|stood|lost|won|paid|showed|taught|understood)\b/gi;
/** Answers with nothing in them yet to quote back: "not much", "idk". ("Fine" or "Good session" are quotable.) */
const VAGUE = /^(?:not much|nothing|nothing really|nothing much|idk|i don['’]?t know|dunno|not sure|no idea|n\/?a|none|meh|same as usual|nothing new|can['’]?t think of anything|nope|pass|-+|\?+)(?:[\s,.!]|$)/i;

const DOMAIN = /\b(?:work\w*|job|jobs|team\w*|meet\w*|mentor\w*|mentee\w*|manag\w*|boss\w*|lead\w*|colleague\w*|cowork\w*|peer\w*|project\w*|task\w*|career\w*|role\w*|promot\w*|skill\w*|learn\w*|stud\w*|school|class\w*|course\w*|lectur\w*|feedback|advi[cs]\w*|help\w*|talk\w*|convers\w*|session\w*|call\w*|e-?mail\w*|deadline\w*|review\w*|plan\w*|goal\w*|idea\w*|question\w*|ask\w*|decid\w*|decision\w*|problem\w*|code|coding|design\w*|client\w*|customer\w*|present\w*|report\w*|draft\w*|writ\w*|wrote|intern\w*|hir\w*|interview\w*|grow\w*|improv\w*|practi[cs]\w*|habit\w*|relationship\w*|week\w*|month\w*|today|yesterday|tomorrow|said|told|agenda|note\w*|thank\w*|introduc\w*|contact\w*|network\w*|support\w*|listen\w*|explain\w*|teach\w*|taught|student\w*|teacher\w*|office|sprint\w*|release\w*|launch\w*|product\w*|research\w*|thesis|exam\w*|salary|raise|strength\w*|weakness\w*|mistake\w*|fail\w*|success\w*|progress\w*|step\w*|chang\w*|respons\w*|delegat\w*|priorit\w*|focus\w*|energy|stress\w*|balance|burnout|time|remember\w*|noticed|tried|try)\b/gi;
const OFF_TOPIC = /\b(?:recipe\w*|flour|sugar|eggs?|bake|baking|oven|tablespoons?|teaspoons?|cups? of|stir|simmer|boil\w*|salt|garlic|onions?|butter|dough|pasta|pizza|weather|sunny|rain\w*|forecast|temperature|degrees|cloudy|snow\w*|windy|movie\w*|film|episode\w*|netflix|league|scored|groceries|shopping)\b/gi;
const ASSISTANT_REQUEST = /\b(?:write me|tell me a joke|a poem|capital of|translate|ignore (?:all |the |any |your )?(?:previous |prior |above )?instructions|system prompt|you are now|pretend (?:to be|you)|act as|as an ai|chatgpt|recipe for)\b/i;
const FIRST_PERSON = /\b(?:i|me|my|mine|myself|we|us|our|i['’]m|i['’]ve|i['’]ll|i['’]d|im|ive)\b/i;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Longer words every prompt uses, which say nothing about its topic. */
const FUNCTION_WORDS = new Set('what with have that your this them they from been were when where which would could should about there their some into than then just like more most right since does doing know think'.split(' '));

/** "before Thursday", "before the end of the week", "this week": a due time phrased to end a question. */
function duePhrase(sentence: string): string | undefined {
  const match = sentence.match(DUE);
  if (!match) return undefined;
  const raw = (match[1] ?? match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const named = raw.replace(new RegExp(`\\b(${DAY})\\b`), (day) => day[0]!.toUpperCase() + day.slice(1));
  return /^this /.test(named) ? named : `before ${named}`;
}

function isOffTopic(text: string, promptWords: ReadonlySet<string>): boolean {
  if (ASSISTANT_REQUEST.test(text)) return true;
  if (FEELING.test(text)) return false;
  const domain = count(text, DOMAIN) + words(text).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w) && promptWords.has(w)).length;
  if (count(text, OFF_TOPIC) >= 1 && domain <= 1) return true;
  return domain === 0 && !FIRST_PERSON.test(text) && wordCount(text) >= 4;
}

/** Reads an answer: its language, its kind and the sentence to quote, for the prompt it answers. */
export function readAnswer(answer: string, promptText: string): AnswerReading {
  const all = sentences(answer.trim());
  const total = wordCount(answer);
  const base = { language: detectLanguage(answer), sentence: all[0] ?? answer.trim(), reported: REPORTED.test(answer), vague: false, words: total };
  if (base.language !== 'en') return { ...base, kind: 'not-english' };
  if (isOffTopic(answer, new Set(words(promptText)))) return { ...base, kind: 'off-topic' };
  const question = all.findLast((s) => s.endsWith('?') && wordCount(s) >= 2);
  if (question && (all.at(-1)?.endsWith('?') || total <= 30)) return { ...base, kind: 'question', sentence: question };
  const plan = all.find((s) => {
    const intent = s.match(INTENT);
    // "She said I should delegate more" reports someone else's idea; it is not the person's own plan.
    if (intent && !REPORTED.test(s.slice(0, intent.index))) return true;
    return IMPERATIVE_START.test(s) && DUE.test(s);
  });
  if (plan) {
    const when = duePhrase(plan);
    return { ...base, kind: 'plan', sentence: plan, ...(when ? { when } : {}) };
  }
  const feeling = all.find((s) => FEELING.test(s));
  if (feeling) return { ...base, kind: 'feeling', sentence: feeling };
  if (total < 8 || (total < 15 && VAGUE.test(answer.trim()))) return { ...base, kind: 'short', sentence: answer.trim(), vague: VAGUE.test(answer.trim()) };
  if (count(answer, PAST) >= 2 && total >= 10) return { ...base, kind: 'story', sentence: all.find((s) => count(s, PAST) >= 1) ?? base.sentence };
  return { ...base, kind: 'reflection' };
}
