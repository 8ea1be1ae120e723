// The words the built-in coach recognises when it reads an answer (built-in-coach-read.ts): feelings, plans
// and when they are due, someone else's words, the past tense, the mentorship topics, and what is plainly off
// the question. Stems, not exact words ("feel", "feels", "felt"); curly and straight apostrophes alike.

/** The languages the coach tells apart ('other': none of them); the read says which one an answer is in. */
export type Language = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'other';

// Common words that tell languages apart. Words shared with English ("a", "no", "me", "on") are left out.
export const STOPWORDS: Record<Exclude<Language, 'other'>, ReadonlySet<string>> = {
  en: new Set(
    'the and i to of in it is was my that for with you we he she they this be have not but at so what about will would just really felt feel me our an'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las que y en un una es mi por con para lo se muy pero como su al del yo estoy fue ha esta este eso sobre tambien porque cuando mis nos sus le'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les de des et je il elle un une est pas que qui du pour dans avec mon ma mes ce cette sur au nous vous j m l d qu c n suis ai tres mais aussi parce quand'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ich ist nicht ein eine zu mit mein meine es den dem auf fur war sie wir auch aber wie hat habe bin sehr wenn weil mir mich dass oder'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'o os as de que e um uma nao eu meu minha com para por em do da no na foi mas muito estou ele ela voce isso sobre tambem porque quando meus'.split(
      ' ',
    ),
  ),
};

export const FEELING =
  /\b(?:feel|feels|felt|feeling|feelings|anxi\w*|nervous\w*|worr\w*|scared|scary|afraid|fear\w*|frustrat\w*|angr\w*|annoy\w*|upset\w*|sad|sadness|saddened|happ(?:y|ier|iness)|glad|reliev\w*|relief|proud|pride|excit\w*|embarrass\w*|ashamed|shame\w*|guilt\w*|disappoint\w*|overwhelm\w*|stress\w*|lonel\w*|confus\w*|hopeful|hopeless\w*|grateful|gratitude|thankful|jealous\w*|envious|insecure|confident|unsure|uncertain|discourag\w*|encourag\w*|demotivat\w*|motivat\w*|exhaust\w*|drained|burn(?:ed|t) out|hurt|calm\w*|uneasy|awkward|uncomfortable|valued|ignored|dismissed|respected|appreciated|energi[sz]ed|tense|panic\w*|dread\w*|thrilled|moved|touched)\b/i;

/** The person's own intention, said outright: "I will", "I'm going to", "next time I". */
export const INTENT =
  /\b(?:i will|i['’]ll|i am going to|i['’]m going to|im going to|i['’]m gonna|gonna|i plan to|i['’]m planning to|i am planning to|my plan is|i intend to|i aim to|my next step|next step is|next time,? i|from now on|i commit to|i(?:['’]ve| have)? decided to|tomorrow i|this week i)\b/i;
/** Wishes and obligations: a plan only when the sentence opens with one or names a time ("every time I have to…" is not). */
export const WEAK_INTENT =
  /\b(?:i want to|i['’]d like to|i would like to|i need to|i hope to|i should(?! have)|i must|i have to)\b/i;
/** Intentions written without "I", as people jot them down: "Going to talk to my manager", "Will send it Monday". */
export const SUBJECTLESS_INTENT = /^(?:going to|gonna|planning to|plan to|will|want to|need to|aim to|hoping to)\b/i;
export const REPORTED =
  /\b(?:said|says|told (?:me|us|him|her|them)|suggested|recommended|mentioned|advised|pointed out|asked me|thinks i|wants me to)\b/i;
export const IMPERATIVE_START =
  /^(?:send|email|call|book|ask|write|finish|schedule|share|draft|prepare|read|talk|meet|follow up|review|set up|reach out|message|text|update|plan|try)\b/i;
export const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** When a plan is due: "by Thursday", "before our next meeting", "this week", "next time", "starting Monday". */
export const DUE = new RegExp(
  String.raw`\b(?:by|before|on|until)\s+((?:next\s+)?(?:${DAY})|tomorrow|tonight|the end of (?:the |this )?(?:day|week|month)|end of (?:the |this )?(?:day|week|month)|next (?:week|month)|(?:our|my|the) next (?:meeting|session|call|one-to-one|1:1))\b|\b(tomorrow|tonight|this week|next week|this month|next month|next time)\b|\b(?:starting|from) ((?:next\s+)?(?:${DAY})|tomorrow|next week|today|now)\b`,
  'i',
);
/** A plan that is a new habit rather than one act: "from now on", "every week". */
export const HABIT =
  /\b(?:from now on|every|each|always|regularly|starting|habit|daily|weekly|more often|going forward)\b/i;
/** A short answer that says it has not happened: "I haven't really", "Not yet". */
export const NOT_YET = /^(?:i )?(?:haven['’]?t|have not|hasn['’]?t|didn['’]?t|did not|not yet|never|no)\b/i;

export const PAST =
  /\b(?:\w{3,}ed|said|told|went|was|were|had|did|came|got|made|took|gave|saw|thought|felt|left|met|brought|began|became|spoke|wrote|sent|ran|found|knew|heard|kept|sat|stood|lost|won|paid|showed|taught|understood)\b/gi;
/** Answers with nothing in them yet to quote back: "not much", "idk". ("Fine" or "Good session" are quotable.) */
export const VAGUE =
  /^(?:not much|nothing|nothing really|nothing much|idk|i don['’]?t know|dunno|not sure|no idea|n\/?a|none|meh|same as usual|nothing new|can['’]?t think of anything|nope|pass|-+|\?+)(?:[\s,.!]|$)/i;

export const DOMAIN =
  /\b(?:work\w*|job|jobs|team\w*|meet\w*|mentor\w*|mentee\w*|manag\w*|boss\w*|lead\w*|colleague\w*|cowork\w*|peer\w*|project\w*|task\w*|career\w*|role\w*|promot\w*|skill\w*|learn\w*|stud\w*|school|class\w*|course\w*|lectur\w*|feedback|advi[cs]\w*|help\w*|talk\w*|convers\w*|session\w*|call\w*|e-?mail\w*|deadline\w*|review\w*|plan\w*|goal\w*|idea\w*|question\w*|ask\w*|decid\w*|decision\w*|problem\w*|code|coding|design\w*|client\w*|customer\w*|present\w*|report\w*|draft\w*|writ\w*|wrote|intern\w*|hir\w*|interview\w*|grow\w*|improv\w*|practi[cs]\w*|habit\w*|relationship\w*|week\w*|month\w*|today|yesterday|tomorrow|said|told|agenda|note\w*|thank\w*|introduc\w*|contact\w*|network\w*|support\w*|listen\w*|explain\w*|teach\w*|taught|student\w*|teacher\w*|office|sprint\w*|release\w*|launch\w*|product\w*|research\w*|thesis|exam\w*|salary|raise|strength\w*|weakness\w*|mistake\w*|fail\w*|success\w*|progress\w*|step\w*|chang\w*|respons\w*|delegat\w*|priorit\w*|focus\w*|energy|stress\w*|balance|burnout|time|remember\w*|noticed|tried|try)\b/gi;
export const OFF_TOPIC =
  /\b(?:recipe\w*|flour|sugar|eggs?|bake|baking|oven|tablespoons?|teaspoons?|cups? of|stir|simmer|boil\w*|salt|garlic|onions?|butter|dough|pasta|pizza|weather|sunny|rain\w*|forecast|temperature|degrees|cloudy|snow\w*|windy|movie\w*|film|episode\w*|netflix|league|scored|groceries|shopping)\b/gi;
export const ASSISTANT_REQUEST =
  /\b(?:write me|tell me a joke|a poem|capital of|translate|ignore (?:all |the |any |your )?(?:previous |prior |above )?instructions|system prompt|you are now|pretend (?:to be|you)|act as|as an ai|chatgpt|recipe for)\b/i;
export const FIRST_PERSON = /\b(?:i|me|my|mine|myself|we|us|our|i['’]m|i['’]ve|i['’]ll|i['’]d|im|ive)\b/i;

/** Longer words every prompt uses, which say nothing about its topic. */
export const FUNCTION_WORDS = new Set(
  'what with have that your this them they from been were when where which would could should about there their some into than then just like more most right since does doing know think'.split(
    ' ',
  ),
);
