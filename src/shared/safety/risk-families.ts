// The widest net of the gate: warning signs that no single phrase shows, read as families of cues that together
// make the picture a crisis counsellor would see. People at risk rarely write "I want to kill myself"; they write
// around it: "he won't have to carry me much longer. I already know which overpass." One cue of one family is
// ordinary ("I know which bridge to take", "I'm so tired"); an ending with a means, a farewell or a decision, or
// three families together within a few sentences, is a crisis. Matched on the plain reading with idioms set aside.

type Family = 'ending' | 'means' | 'farewell' | 'intent' | 'despair';

const CUES: Record<Family, RegExp> = {
  // Oneself no longer here, in the words people use around it.
  ending: new RegExp(
    [
      String.raw`\b(?:not|never|no longer) (?:be|being|going to be|gonna be|planning to be|planning on being) (?:here|around|alive)\b`,
      String.raw`\bnot (?:making|gonna make|going to make) it (?:to|through|past|until|til)\b|\bwont make it (?:to|through|past)\b`,
      String.raw`\b(?:wont|will not|wouldnt) (?:be )?need(?:ing)? (?:it|this|them|that|my \w+|anything)\b|\bmuch longer\b|\b(?:not|never) coming back\b`,
      String.raw`\b(?:could|want to|wanna|going to|gonna|just) (?:just )?stop (?:everything|it all|existing|breathing)\b|\bi could just stop\b`,
      String.raw`\b(?:it all|everything|my life|this life|all of it) (?:to |would |will |could )?(?:just )?(?:be over|end|stop)\b`,
      String.raw`\b(?:not|no longer) (?:being )?alive\b|\bnot exist(?:ing)?\b|\bbe dead\b|\bbeing dead\b|\bkys\b|\bunaliv\w*|\bsuicid\w*`,
      String.raw`\btake it out of (?:his|gods|their|gods own) hands\b|\bgo to be with\b|\b(?:cant|can not) stay\b|\bready to (?:go|leave|let go|die|be done)\b(?! (?:to|for|on|with|home|out|back))`,
      String.raw`\bnot (?:waiting|wait) for it\b|\b(?:dont|do not) (?:think i )?have any (?:time )?left\b|\bone of these (?:nights|days) (?:im|i am|i will|ill) (?:not|never)\b`,
      String.raw`\b(?:rather|better) (?:not exist|not be here|be gone|be dead)\b|\bthinking (?:about|of) (?:not being alive|not existing|being dead|death|dying|not being here)\b`,
      String.raw`\b(?:i|im|me|myself)\b(?: \w+){0,3} (?:die|dead|death)\b|\b(?:end|ending) (?:my|this) life\b|\bkill(?:ing)? myself\b(?! (?:laughing|to|over|for|trying|working|at|with|on))`,
      String.raw`\b(?:morir|muerte|matarme|quitarme la vida|hacerlo yo|mourir|me foutre en lair|en finir|partir|sterben|beenden|nicht mehr leben|morrer|me matar|acabar com tudo)\b`,
    ].join('|'),
  ),
  // The means and the places, named.
  means: new RegExp(
    [
      String.raw`\b(?:rope|cord|noose|strick|corde|cuerda|corda|soga)\b`,
      String.raw`\b(?:pills|tablets|meds|medication|prescription|painkillers|sleeping pills|antidepressants|pastillas|comprimidos|remedios|tabletten|medikamente|cachets|medicaments|bottle)\b`,
      String.raw`\b(?:gun|revolver|rifle|shotgun|pistol|firearm|handgun)\b`,
      String.raw`\b(?:overpass|quarry|railing|ledge|cliffs?|top floor|parking (?:structure|garage)|car park|rooftop|the roof|balcony|the bridge|bridge over|tracks|train platform|the platform|top of the stairs|brucke|autobahnbrucke|pont|puente|ponte|viaduc)\b`,
      String.raw`\b(?:razor|razors|blades?|knife|bathroom cabinet|the cabinet|exhaust|carbon monoxide|car in the garage|engine running)\b`,
    ].join('|'),
  ),
  // Goodbyes, apologies, leaving things in order.
  farewell: new RegExp(
    [
      String.raw`\b(?:good ?bye|goodbyes|farewell|adieu|adios|tchau|verabschieden|despedi\w*)\b`,
      String.raw`\b(?:a|the|my|suicide) note\b|\bleave a note\b|\bletters? (?:to|for) (?:my|each)\b|\bdelayed text\b|\bscheduled (?:a )?(?:post|message|email|text)\b`,
      String.raw`\bsorry (?:to (?:my|everyone|all)|mom|mum|mama|dad|everyone|for everything|an alle)\b|\bforgive me\b|\bperdon\w*\b|\bdesculpa\b|\bverzeih\w*\b`,
      String.raw`\bnot (?:your|ur|anyones|anybodys|their) fault\b|\bdont (?:be mad|blame (?:yourself|anyone))\b|\bplease dont think\b|\bi love (?:you|u|you all|yall)\b`,
      String.raw`\bcan have my\b|\b(?:gave|give|giving|given|rehomed) (?:away )?my\b|\bwhat id leave\b|\bleave to (?:who|whom)\b|\b(?:login|password|steam library)\b`,
      String.raw`\blife insurance\b|\bmy will\b|\baffairs\b|\b(?:papers|papiers|papeles) (?:in order|en ordre|en orden)\b|\bmis en ordre\b|\bmis papiers\b`,
      String.raw`\b(?:get|gets|got|be) found\b|\bfind(?:s)? me\b|\bto whoever (?:reads|finds|answered)\b|\bwithout them knowing\b|\bdont want to be (?:stopped|found|saved)\b`,
      String.raw`\bwont be (?:needing|posting|back)\b|\bcleaned my room\b|\bdeleted my\b|\bthank you for everything\b`,
    ].join('|'),
  ),
  // A decision, a plan, a time, preparations.
  intent: new RegExp(
    [
      String.raw`\b(?:decided|decision|made up my mind|my mind is made up|mind made up|not if anymore)\b`,
      String.raw`\b(?:picked|chose|chosen|found) (?:the|a) (?:spot|place|day|date|time|night|endroit)\b|\brepere lendroit\b`,
      String.raw`\b(?:know|knew) (?:exactly )?(?:where|when|which|how)\b|\b(?:when and where|where and when|how and when)\b`,
      String.raw`\b(?:tonight|this weekend|anniversary|after my (?:last )?shift|am wochenende|ce soir|este fin|esta noche|no fim de semana)\b`,
      String.raw`\b(?:going to|gonna|will|ill) (?:do it|go through|try again)\b|\bmach es\b|\bhacerlo\b`,
      String.raw`\b(?:saved|saving|putting aside|put aside|kept back|keeping back|set aside|stockpil\w*|enough of my|count what|counted|cuento|guardadas)\b`,
      String.raw`\b(?:doing|done|did) the math\b|\bthe timing\b|\b(?:considering|thinking of) (?:it|doing it|not waiting|how)\b|\bgone over it\b|\bwaiting for them\b|\besperando\b`,
      String.raw`\bi keep (?:looking at|staring at|going (?:up|out) to|taking the long way)\b`,
    ].join('|'),
  ),
  // Exhaustion and despair in the first person.
  despair: new RegExp(
    [
      String.raw`\b(?:so|im|i am|just|really) (?:tired|exhausted|done|finished)\b(?! (?:with (?:the|this|that|my) (?:project|work|report|sprint|review|draft|course)|of (?:the|this) (?:project|meeting)))`,
      String.raw`\b(?:cant|can not|cannot) (?:anymore|do this|go on|cope|take (?:it|this))\b|\bno point\b|\bnothing to (?:get up|live|look forward) for\b`,
      String.raw`\b(?:useless|burden|dead weight|leech|worthless|hopeless|numb|pointless|trapped)\b|\bnobody (?:needs|cares|would notice|asks)\b|\bfeel nothing\b`,
      String.raw`\b(?:gave|give|giving) up\b|\bno way out\b|\bno sentido|ya no (?:puedo|le veo)|plus gout|keine lust|nao aguento|jen peux plus|weiss nicht mehr weiter\b`,
    ].join('|'),
  ),
};

/** Sentences of a reading, run-on text staying one sentence. */
const sentencesOf = (reading: string): string[] =>
  reading.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 0);

/** The families present in one stretch of text. */
function familiesIn(text: string): Set<Family> {
  return new Set((Object.keys(CUES) as Family[]).filter((family) => CUES[family].test(text)));
}

/** True when the families in a stretch of text make a crisis. */
function makesCrisis(found: Set<Family>): boolean {
  const has = (family: Family) => found.has(family);
  return (
    (has('ending') && (has('means') || has('farewell') || has('intent'))) ||
    (has('means') && has('farewell')) ||
    (has('means') && has('intent') && has('despair')) ||
    (has('farewell') && has('intent') && has('despair')) ||
    (found.size >= 3 && (has('ending') || has('means')))
  );
}

/** True when any three sentences in a row of the reading hold families of cues that together make a crisis. */
export function familiesSignCrisis(reading: string): boolean {
  const all = sentencesOf(reading);
  for (let start = 0; start < Math.max(1, all.length - 2); start++) {
    if (makesCrisis(familiesIn(all.slice(start, start + 3).join(' ')))) return true;
  }
  return false;
}
