// The phrases that signal crisis or self-harm, matched against the plain reading made by safety-normalise.ts:
// lower case, no accents, no apostrophes ("dont", "cant", "im"), single spaces. English in its direct and
// indirect forms, and the basics in Spanish, French, German and Portuguese.
//
// A false alarm is kinder than a miss, but a person venting about work must not be met with a crisis line:
// each pattern carries the everyday idioms it must leave alone ("this deadline is killing me", "I cut myself
// off", "career suicide", "tired of living out of a suitcase"). tests/unit/safety-cases.ts holds both tables.

/** After a phrase: the clause ends there (so "I don't want to be here." counts and "…be here for the review" does not). */
const CLAUSE_END = String.raw`(?=\s*(?:$|[.,;:!?)"\-]|\b(?:and|but|because|i|im|anymore|any more|any longer|at all|now|tonight|forever|for good)\b))`;
const SELF = String.raw`my ?self`;

const ENGLISH: RegExp[] = [
  // Killing oneself, and the ways people say it without the words.
  new RegExp(String.raw`\bkil+(?:ing|ed|s)? ${SELF}\b(?! (?:laughing|to|over|for|trying|working|at work|with work|on (?:this|that|it)))`),
  /(?<!\d ?)\bkms\b/,
  /\bunaliv\w*/,
  /\b(?:sewer ?slide|sucide|sucidal|suicde|suicdal|suiside|suisidal)\b/,
  new RegExp(String.raw`\b(?:hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|starve|starving) ${SELF}\b(?! (?:in the foot|out to dry|on|at|with work))`),
  /\b(?:slit|slitting|cut|cutting|slash|slashing) my wrists?\b/,
  /\bjump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|building|roof|balcony|cliff|ledge|tower)\b/,
  /\b(?:jump|jumping|step|stepping|throw myself|throwing myself) in front of (?:a|the) (?:train|bus|car|truck|lorry)\b/,
  /\b(?:take|took|taking|swallow\w*) (?:all|a bunch|a handful|the whole (?:bottle|pack|box)) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|medication|sleeping pills)\b/,
  /\boverdos(?:e|ing|ed)\b(?! on (?:coffee|caffeine|sugar|chocolate|meetings|tv|netflix|work|slack|email))/,
  // Ending one's life.
  /\b(?:end|ending|ended|take|taking|took) (?:my|my own) life\b(?! (?:in|into|back|to|forward|seriously|more|as|at work))/,
  /\b(?:end|ending) it all\b/,
  new RegExp(String.raw`\b(?:end|ending) (?:things|everything)${CLAUSE_END}`),
  /\b(?:thoughts? (?:of|about)|thinking (?:about|of)|think about|thought about|plan(?:ning)? (?:on|to)) (?:ending it|ending my life|ending things|ending everything|killing myself|dying|death|not being here|being dead|not waking up)\b(?! (?:with|between|on|for the|at|early))/,
  // Wanting to die, to be dead, not to exist.
  /\b(?:want|wanna|wanted|wanting|wish|ready|deserve|i just want|would like) (?:to )?die\b(?! (?:of|from|laughing|on (?:this|that|the) hill|a little|inside|in a fire drill))/,
  /\b(?:want|wanna|wish|rather|ready) (?:to )?be dead\b/,
  /\bwish (?:i|that i) (?:was|were|could be) dead\b/,
  /\bwish (?:i|that i) (?:wasnt|werent|was not|were not) (?:alive|here|born|around)\b/,
  /\bwish (?:i|id|that i) (?:was|were|had) never (?:been )?born\b/,
  /\bwish i could (?:die|just die|disappear forever|just disappear|stop existing|not exist|fall asleep forever)\b/,
  /\b(?:hope|wish|pray) (?:i|that i) (?:die|dont wake up|never wake up|wont wake up|do not wake up|will not wake up|would not wake up|wouldnt wake up|just die|die in my sleep)\b/,
  /\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\b/,
  /\bnever (?:want to )?wake up again\b/,
  /\b(?:want|wanna|wish i could|would like|going) to stop existing\b/,
  /\b(?:want|wanna|wish i could) (?:to )?disappear (?:forever|for good|permanently)\b/,
  new RegExp(String.raw`\b(?:dont|do not|no longer|really dont|dont really|never) (?:want|wanna|wish) (?:to )?(?:live|be alive|exist|keep living|go on living|keep going|go on|carry on|be around anymore|wake up)\b(?! (?:in|at|on|with|near|there|abroad|alone|together|early|before|for|from|by|off|out|like (?:that|them|him|her)|through|without|to))`),
  new RegExp(String.raw`\b(?:dont|do not|no longer|really dont|dont really) (?:want|wanna) (?:to )?be here(?: anymore| any more| any longer| at all)?${CLAUSE_END}`),
  new RegExp(String.raw`\b(?:cant|can not|cannot|couldnt) (?:go on|keep going|carry on|do this|live like this|keep living|go on living)(?: like this| anymore| any more| any longer)?${CLAUSE_END}`),
  // Others better off, nothing to live for.
  /\b(?:better|happier|easier) (?:off )?without me\b(?! (?:on|in|at|there|for (?:this|that|the)))/,
  /\bbetter off dead\b/,
  /\b(?:no ?one|nobody|no body) (?:would|will|is going to|would even|will even)? ?(?:miss me|notice if i (?:was|were|am) gone|care if i (?:died|was gone|were gone|disappeared|wasnt here))\b/,
  /\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|be alive|being alive|carry on|carrying on|wake up|waking up|exist|existing)\b(?! (?:in the past|in fear|like that|in (?:this|that) (?:city|town|flat|house)))/,
  /\bnothing (?:left )?to live for\b/,
  /\b(?:isnt|is not|not|aint) worth living\b/,
  /\blife (?:isnt|is not|feels|is|seems) (?:worth it anymore|worth living anymore|pointless|meaningless|not worth living)\b/,
  /\b(?:give|giving|gave|given) up on (?:life|living)\b/,
  /\b(?:done|finished) with (?:life|living|being alive)\b/,
  /\b(?:tired|sick|weary) of (?:living|life|being alive|existing)\b(?! (?:out of|in|with|like|on|under|paycheck|at|abroad|alone|away))/,
  // Self-harm.
  /\bself ?(?:harm|injur|mutilat)\w*/,
  new RegExp(String.raw`\b(?:harm|harming|harmed|injure|injuring|mutilate|mutilating) ${SELF}\b`),
  new RegExp(String.raw`\b(?:want|wanted|wanting|going|gonna|plan|planning|need|needing|urge|urges|tempted|thinking about|think about|thought about|feel like|felt like) (?:to )?(?:hurt|harm|cut|burn|punish|kill) ${SELF}\b(?! (?:off|short|some slack|out|laughing))`),
  new RegExp(String.raw`\bhurt(?:ing)? ${SELF}\b(?! (?:at|in|on|while|playing|running|lifting|skiing|cycling|during|by accident|accidentally|badly at|at the gym|doing|moving|carrying|falling))`),
  new RegExp(String.raw`\bcut(?:ting)? ${SELF}\b(?! (?:off|short|some slack|slack|a break|a slice|a piece|out|in|loose|free|shaving|on|while|by accident|accidentally|cooking|with a knife while|when))`),
  /\bstarted cutting\b/,
];

const OTHER_LANGUAGES: RegExp[] = [
  // Used across languages: suicide, suicidio, suicidarme, suicider, suicidal, suicídio, Suizid.
  /\bsuicid\w*/,
  /\bsuizid\w*/,
  // Spanish. "Me mato trabajando" and "mi jefe va a matarme" are idioms: killing oneself needs a first-person intent.
  /\b(?:quiero|quisiera|me quiero|ganas de|deseo|voy a|me voy a|pienso en|pensando en|pense en) (?:morir(?:me)?|matarme|matar|suicidarme|desaparecer para siempre|dejar de existir|quitarme la vida|hacerme dano|lastimarme)\b/,
  /\b(?:quitarme la vida|autolesion\w*)\b/,
  /\b(?:acabar|terminar) con mi vida\b/,
  /\bno quiero (?:seguir )?(?:vivir|viviendo|estar aqui|existir|despertar)\b(?! (?:en|con|alli|ahi|asi en))/,
  /\b(?:estarian|estarias|estaria|estan|seria) mejor sin mi\b/,
  /\bno (?:vale la pena|tiene sentido) (?:vivir|seguir viviendo)\b/,
  // French (apostrophes are gone: "d'en finir" reads "den finir"). "Mon chef va me tuer" is an idiom.
  /\b(?:je veux|jai envie de|envie de|je voudrais|je vais|je pense a|pense a|penser a|lidee de) (?:mourir|me tuer|me suicider|me faire du mal|disparaitre pour toujours)\b/,
  /\b(?:envie den|envie d en|veux en|voudrais en|vais en|besoin den) finir\b(?! avec (?!la vie|tout|moi|ma vie))/,
  /\bme (?:scarifier|mutiler)\b/,
  /\bmettre fin a (?:mes jours|ma vie)\b/,
  /\bje ne veux plus vivre\b/,
  /\b(?:plus|pas) envie de vivre\b/,
  /\bautomutilation\b/,
  /\bmieux sans moi\b/,
  // German (umlauts come out as plain vowels; people also write ae/oe/ue). "Der Chef bringt mich um" is an idiom.
  /\bich (?:will|mochte|moechte|wurde gern|wuerde gern|wollte|mag) (?:nur noch |einfach )?sterben\b/,
  /\b(?:will|mochte|moechte|kann) nicht mehr leben\b/,
  /\b(?:will|mochte|moechte|werde|wurde|wuerde) mich (?:umbringen|toten|toeten)\b/,
  /\b(?:mich umzubringen|bringe mich um|ritze mich|mich ritzen|mich selbst verletzen)\b/,
  /\bmir (?:das leben (?:zu )?nehmen|etwas antun|was antun)\b/,
  /\bselbstmord\w*/,
  /\bselbstverletz\w*/,
  /\blebensmu(?:e)?de\b/,
  /\bbesser ohne mich\b/,
  /\bnicht mehr aufwachen\b/,
  /\bmein leben beenden\b/,
  // Portuguese. "Meu chefe vai me matar" is an idiom.
  /\b(?:quero|queria|vontade de|desejo|vou|penso em|pensando em|pensei em) (?:morrer|me matar|sumir para sempre|desaparecer para sempre|me cortar|me machucar)\b/,
  /\b(?:tirar|acabar com) (?:a )?(?:minha )?(?:propria )?vida\b/,
  /\bnao quero (?:mais )?viver\b/,
  /\bautomutila\w*/,
  /\bmelhor sem mim\b/,
];

/** Phrases that use a crisis word for something else: "career suicide", "suicide squad", "suicide prevention". */
const SUICIDE_IDIOMS = /\b(?:career|political|social|professional|commercial|corporate|brand|financial|reputational|electoral|fashion) suicid\w*|\bsuicid\w* (?:squad|mission|missions|doors?|squeeze|runs?|bomb\w*|prevention|awareness|training|drill|king|burn|pace)\b/g;

export const CRISIS_PATTERNS: readonly RegExp[] = [...ENGLISH, ...OTHER_LANGUAGES];

/** For text spelled out letter by letter, read with every space removed: the core phrases, written solid. */
const COMPACT_PATTERNS: readonly RegExp[] = [
  /kil+(?:ing)?myself/, /(?:want|wanna)(?:to)?die/, /(?<!career|political|social|professional)suicid(?!eprevention|esquad|emission)/,
  /endmylife/, /unaliv/, /selfharm/, /(?:hurt|cut)(?:ing)?myself/, /dontwant(?:to)?(?:live|bealive|behere)/, /betteroffwithoutme/,
];

/** True when a reading with its spaces removed holds a core crisis phrase (only for spelled-out text). */
export function compactSignalsCrisis(reading: string): boolean {
  const solid = reading.replace(/ /g, '');
  return COMPACT_PATTERNS.some((pattern) => pattern.test(solid));
}

/** True when a plain reading (see crisisReadings) contains a crisis phrase. */
export function readingSignalsCrisis(reading: string): boolean {
  const text = reading.replace(SUICIDE_IDIOMS, ' ');
  return CRISIS_PATTERNS.some((pattern) => pattern.test(text));
}
