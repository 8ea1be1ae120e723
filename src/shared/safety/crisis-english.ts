// Warning signs in English, by category (categories.ts), matched against the plain reading made by normalise.ts:
// lower case, no accents, no apostrophes ("dont", "cant", "im", "ill" for I'll), hurried spellings fixed, single
// spaces, punctuation kept. Any tense and person: "been thinking about killing myself", "she wants to die".
//
// Each pattern carries the everyday idioms it must leave alone (a lookahead or lookbehind), and idioms.ts removes
// the rest before matching: a false alarm tells a person their ordinary work stress is an emergency.
import { signs, type Sign } from './categories';

const r = String.raw;
/** Oneself, in any person: "myself", "my self", "himself", "themselves". */
export const SELF = r`(?:my ?self|him ?self|her ?self|them ?sel(?:f|ves))`;
/** After a phrase: the clause ends there ("I can't go on." counts, "…go on the trip" does not). */
export const CLAUSE_END = r`(?=\s*(?:$|[.,;:!?)"\-]|\b(?:and|but|because|so|i|im|ive|anymore|any more|any longer|at all|now|right now|tonight|today|tomorrow|soon|forever|for good|lol|haha|honestly|tbh|to be honest|really|though|either|man|lmao|we|they|she|he|anyway|idk|i dont know|then|its|it|it is)\b))`;
/** Words after a phrase that carry the same act on ("end it with the vendor", "be here for the reorg", "go on like I did"). */
const CARRIERS = r`with|for|at|in|on|to|by|before|after|when|while|until|till|during|without|early|late|there|here|properly|right|again|tomorrow|next|today|alone|together|if|unless|once|over|about|like (?:i|that|this|they|we|you|he|she|before|last|it)|on time|a bit|a little|yet|gracefully|politely|nicely|cleanly|well|personally|seriously|back|home|off|out|up|down|apart|easy|slow|now and|soon enough`;
/** Objects that carry "go on", "carry on" and "keep going" on ("I can't go on the trip", "carry on this work"). */
const OBJECTS = r`(?:the|a|an|this|that|these|those|my|our) (?:trip|call|stage|record|offsite|course|training|holiday|vacation|retreat|list|team|project|roadmap|ride|tour|journey|walk|hike|date|show|podcast|panel|interview|leave|break|rotation|schedule|path|way|same|work|conversation|meeting|discussion|review|plan|job)s?|leave|holiday|vacation|stage|camera|record|trips?|calls?|meetings?|projects?|work|working`;
let guards = 0;
/**
 * After a phrase: "anymore" or its kin taken whole, then nothing that carries the same act on. Unlike CLAUSE_END it
 * holds in run-on text without punctuation ("i want to end it the retro ran long"), so it is used for phrases whose
 * everyday uses all go on with one of these words. (The lookahead-and-backreference takes "anymore" atomically, so
 * "any more when the build breaks" cannot skip it.)
 */
function notCarriedOn(objects = false): string {
  const name = `tail${(guards += 1)}`;
  const carriers = objects ? `${OBJECTS}|${CARRIERS}` : CARRIERS;
  const tail = r` like this| anymore| any more| any longer| at all`;
  // With a tail, only carriers go on ("…anymore when the build breaks"); without one, objects too ("go on the trip").
  return r`(?:(?=(?<${name}>${tail}))\k<${name}>(?! (?:${CARRIERS})\b)|(?!${tail})(?! (?:${carriers})\b))(?=\s|$|[.,;:!?)"\-])`;
}
/** Not after "don't", "never" or "not": "I don't want to die" is not a wish to die. */
const NOT_NEGATED = r`(?<!\b(?:dont|do not|didnt|did not|never|not|doesnt|wouldnt|no longer) (?:really |even |actually |just )?)`;
/** A first-person subject somewhere before, in the same clause. */
const FIRST_PERSON_CLAUSE = r`(?:^|[.!?;,]\s*|\b(?:i|im|ive|ill|id|me|just|to|wanna|gonna|gotta|should|could|might|must|will)\s)`;

const DIRECT = signs('direct', [
  // Killing oneself, and the ways people say it without the words.
  new RegExp(r`\bkil+(?:ing|ed|s)? ${SELF}\b(?! (?:laughing|to|over|for|trying|working|at work|with work|on (?:this|that|it)|at the gym|in the gym|running|studying))`),
  new RegExp(r`\b(?:off|offing|offed|end|ending|ended|unalive|unaliving) ${SELF}\b`),
  /(?<!\d ?)\bkms\b/,
  /\bunaliv\w*/,
  /\bsewer ?slide\b/,
  /\bsuicid\w*/,
  new RegExp(r`\b(?:hang|hanging|hanged|hung|shoot|shooting|shot|drown|drowning|drowned|poison|poisoning|poisoned|suffocate|suffocating|gas|gassing) ${SELF}\b(?! (?:in the foot|out to dry|up|on|at|with work|with coffee))`),
  /\b(?:slit|slitting|cut|cutting|slash|slashing|open|opening) (?:my|his|her|their) (?:wrists?|throat|veins?)\b/,
  // Ending one's life; "end it" and "end it all".
  /\b(?:end|ending|ended|take|taking|took|took away) (?:my|his|her|their) (?:own )?life\b(?! (?:in|into|back|to|forward|seriously|more|as|at work|in (?:a|a new) direction))/,
  /\b(?:end|ending|ended|finish|finishing) it all\b/,
  new RegExp(r`${FIRST_PERSON_CLAUSE}(?:\w+ ){0,4}?(?:end|ending|ended|finish|finishing) (?:it|things|everything|this life)${notCarriedOn()}(?! (?:and|but|so) (?:we|they|move on|start))`),
  /\b(?:thoughts? (?:of|about)|thinking (?:about|of)|think about|thought about|think of|plan(?:ning)? (?:on|to)|fantasi[sz]ing about|dreaming about) (?:ending it|ending my life|ending things|ending everything|killing myself|dying|not being here|being dead|not waking up|not existing|taking my (?:own )?life)\b(?! (?:with|between|on|for the|at|early))/,
  // Wanting to die, to be dead, not to exist.
  new RegExp(r`${NOT_NEGATED}\b(?:want|wants|wanna|wanted|wanting|wish|wished|ready|deserve|deserves|would like|going|gonna|need|needs|like) (?:to )?(?:just )?die\b(?! (?:of|from|laughing|on (?:this|that|the) hill|a little|inside|in a fire drill|for|young|rich|happy|old|doing|when i am old|peacefully at (?:90|ninety)))`),
  new RegExp(r`${NOT_NEGATED}\b(?:want|wants|wanna|wish|rather|ready|deserve|would like) (?:to )?(?:just )?be (?:dead|gone)\b(?! (?:for (?:a|the) (?:week|weekend|day|month|holidays?)|on (?:vacation|holiday|leave)|than|by (?:five|5|six|6)))`),
  /\bwish (?:i|that i) (?:was|were|could be) (?:dead|gone)\b/,
  /\bwish (?:i|that i) (?:wasnt|werent|was not|were not) (?:alive|here|born|around)\b/,
  /\bwish (?:i|id|that i) (?:was|were|had) never (?:been )?born\b/,
  /\bwish i (?:could|would) (?:die|just die|disappear forever|just disappear forever|stop existing|not exist|fall asleep forever|sleep forever|never wake up|just not wake up|not wake up)\b/,
  /\bwish i (?:didnt|did not|never) (?:exist|existed|wake up|woke up)\b/,
  /\b(?:hope|hoping|wish|pray|praying) (?:i|that i) (?:die|dont wake up|never wake up|wont wake up|do not wake up|will not wake up|would not wake up|wouldnt wake up|just die|die in my sleep|get hit by a (?:car|bus|truck))\b/,
  /\b(?:praying|pray|hoping|wishing) for (?:death|my death|the end|it to end)\b/,
  /\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\b/,
  /\bnever (?:want to )?wake up again\b/,
  /\bsleep forever\b/,
  /\b(?:want|wanna|wish i could|would like|going|ready|need) to (?:stop existing|cease to exist|not exist)\b/,
  /\b(?:want|wanna|wish i could|going) (?:to )?disappear (?:forever|for good|permanently)\b/,
  new RegExp(r`\b(?:dont|do not|no longer|really dont|dont really|never|not) (?:want|wanna|wish|feel like) (?:to )?(?:live|be alive|exist|keep living|go on living|keep going|go on|carry on|be around anymore|wake up|stay alive|be on this earth|be in this world)\b(?! (?:in|at|on|with|near|there|abroad|alone|together|early|before|for|from|by|off|out|like (?:that|them|him|her)|through|without|to|up (?:early|at)))`),
  new RegExp(r`\b(?:dont|do not|no longer|really dont|dont really) (?:want|wanna) (?:to )?be here${notCarriedOn()}`),
  /\b(?:wont|will not|not going to|wont even) be (?:around|here|alive) (?:much longer|for (?:much )?long(?:er)?|anymore|any more|any longer|after (?:tonight|this weekend))\b/,
  /\bnot be (?:around|here|alive) (?:much longer|for (?:much )?long(?:er)?)\b/,
  /\b(?:dont think|do not think|doubt|not sure|dont know if|wonder if) (?:im|i am|i will|ill|i|i ll) (?:gonna |going to |still |even )?(?:be alive|be around|be here|live|survive|exist) (?:next|by|until|to see|this time next|past|much longer|for long|in a (?:year|month|few))\b/,
  /\b(?:wont|will not|dont think ill|dont want to) (?:live to )?see (?:next|another) (?:year|christmas|birthday|summer|spring|winter)\b/,
  // Past attempts, which the Columbia scale asks about first among behaviours.
  new RegExp(r`\b(?:tried|try|trying|attempt\w*) to (?:kill ${SELF}|end (?:it|it all|my life|things)|take my (?:own )?life|overdose|hang ${SELF})\b`),
  /\b(?:survived|after|since) (?:an|my|the) attempt\b/,
  /\bmy (?:first|second|third|last|previous|latest) attempt(?! (?:at|to|on|in))\b/,
  /\b(?:i attempted|attempted again|attempt again)\b(?! (?:to (?!kill|end|take)|the|a|an|it\b))/,
  // Death as a wish or a longing, with nothing else named.
  /\b(?:i|im|ive)(?: \w+){0,3} (?:want|wanna|need|wish for|pray for) (?:death|my death)\b/,
  /\bdeath (?:sounds|seems|feels|looks) (?:so )?(?:good|nice|peaceful|better|like (?:a relief|the only|an escape|the answer|the way out|freedom))\b/,
  /\bi should (?:just )?(?:die|be dead|kill myself|end it|disappear forever|not be alive|not exist)\b/,
]);

const HOPELESS = signs('hopeless', [
  /\b(?:no|any|a single|one single|not (?:a|one|any)) (?:good |real )?(?:reason|point|purpose) (?:for me |left |anymore )?(?:to|in|of|for) (?:live|living|go on|going on|be alive|being alive|carry on|carrying on|wake up|waking up|exist|existing|stay alive|staying alive|stay|staying|keep going|keep living|go on living|continue living|continue|continue living|me to live|my life|life)\b(?! (?:with (?:this|the|that|it)|on (?:this|the|that)|in the past|in fear|like that|in (?:this|that) (?:city|town|flat|house)|here (?:after|if)|late|longer than))/,
  /\b(?:whats|what is|wheres|where is) the (?:point|reason|purpose) (?:of|in|to|for) (?:living|life|being alive|going on|waking up|existing|staying alive|live|exist|my life|me being here|me)\b/,
  /\b(?:nothing|no one|nobody|noone|nothing and no one) (?:left )?to live for\b/,
  /\b(?:isnt|is not|not|aint|no longer) worth living\b/,
  /\blife (?:isnt|is not|aint|feels|is|seems) (?:worth it|worth it anymore|worth living|worth living anymore|pointless|meaningless|not worth (?:it|living))\b(?! (?:without|if|unless|when))/,
  /\bmy life (?:is|feels) (?:pointless|meaningless|worthless|over)\b/,
  /\b(?:give|giving|gave|given) up on (?:life|living|being alive|myself and everything)\b/,
  /\b(?:done|finished) with (?:life|living|being alive|it all|existing|this world|this life)\b/,
  /\b(?:tired|sick|weary|exhausted) of (?:living|life|being alive|existing|being here)\b(?! (?:out of|in|with|like|on|under|paycheck|at|abroad|alone|away))/,
  new RegExp(r`\b(?:cant|can not|cannot|couldnt|can no longer) (?:go on|keep going|carry on|keep living|go on living|live like this)${notCarriedOn(true)}`),
  new RegExp(r`\b(?:cant|can not|cannot|couldnt|can no longer) (?:take it|take this|take the pain|bear (?:it|this|living)|stand (?:being alive|living)|handle (?:life|living))${notCarriedOn()}`),
  new RegExp(r`\b(?:cant|can not|cannot|couldnt|can no longer) (?:do this|do it)(?:(?: anymore| any more| any longer)(?! (?:${CARRIERS})\b)(?=\s|$|[.,;:!?)"\-])|${CLAUSE_END})`),
  /\b(?:want|wanna|need|wish|just want) (?:everything|it all|all of it|all of this|life|my life|the world) to (?:stop|end|be over|go away)\b/,
  /\b(?:want|wanna|need|wish|just want) (?:it|this|everything|things|the pain|it all) to (?:stop|end|be over|go away) (?:for good|forever|permanently|once and for all)\b/,
  new RegExp(r`\b(?:want|wanna|need|wish|just want|make) (?:the|this|my) pain to (?:stop|end|go away)${CLAUSE_END}`),
  /\bpain (?:will|wont|is never going to|isnt going to) (?:never )?(?:stop|end|go away) (?:unless|until) i (?:do something|end it|die|kill myself|am gone|im gone)\b/,
  /\b(?:no way out|only way out|one way out|the way out) (?:but|except|other than|is (?:death|dying|to die|suicide|to end it|ending it)|would be (?:death|dying|to die|to end it))\b/,
  /\b(?:death|dying|suicide|ending it|killing myself) (?:is|seems|feels like|would be) (?:the|my) (?:only|best|easiest|last) (?:way out|option|answer|choice|solution|escape)\b/,
  /\b(?:the|my) only (?:way out|option|answer|solution|escape)\b.{0,25}\b(?:is|would be|seems|feels like) (?:death|dying|to die|suicide|to end it|ending it|to kill myself|killing myself)\b/,
]);

const BURDEN = signs('burden', [
  /\b(?:better|happier|easier|safer) (?:off )?without me\b(?! (?:on|in|at|there|for (?:this|that|the)|leading|running|as|doing))/,
  /\b(?:better|happier|easier) off (?:dead|if i (?:was|were|wasnt|werent|was not|were not|had never been|didnt|died|disappeared|killed myself)\b(?! (?:on|in|at) (?:the|this|that) (?:team|project|call|meeting)))/,
  /\b(?:the )?world (?:would be|is|will be)? ?(?:a )?better (?:place )?without me\b/,
  /\b(?:im|i am|i feel like|i feel|feel like|being|ive become|i have become|im just|i am just|im only|i am only|im such|i am such) (?:such |just |only |nothing but )?a (?:huge |massive |total |big )?burden\b(?! (?:to|on) (?:my |the |our )?(?:team|manager|mentor|boss|colleagues|coworkers|company|project|lead|department|org))/,
  /\b(?:no ?one|nobody|no body|noone|not a single person|none of them|no one at all) (?:would|will|is going to|would even|will even|would ever|even)? ?(?:miss me|notice if i (?:was|were|am|died|disappeared)|notice when i(?:m| am)? gone|care if i (?:died|was gone|were gone|disappeared|wasnt here|killed myself|was dead)|notice im gone|care when im gone)\b/,
  /\bwould (?:anyone|anybody|they|she|he|my family) (?:even )?(?:notice|care|miss me)\b.{0,10}\bif i (?:died|was gone|were gone|disappeared|wasnt here|killed myself|was dead)\b/,
  /\bif i (?:died|was gone|were gone|disappeared|wasnt here|werent here|wasnt around|killed myself|was dead|were dead)\b.{0,40}\b(?:no ?one|nobody|noone|anyone|no body|nobody at all)\b.{0,25}\b(?:notice|care|miss|cry)/,
  /\b(?:everyone|everybody|they|my family|people) (?:would be|will be|would|is|are) (?:better|happier|relieved) (?:if|when) i(?:m| am)? (?:gone|dead|not here|not around|wasnt here|was gone|died)\b/,
  /\b(?:better|easier|happier|lighter) (?:for (?:everyone|everybody|them|her|him|my family|my parents|my kids) )?(?:if|when|once|after) (?:im|i am|i was|i were) (?:gone|dead|not here|not around|no longer here|no longer around)\b(?! (?:from|for|on|at) (?:the|this|that|my|our) (?:team|project|company|job|office|meeting|call))/,
]);

const MEANS = signs('means', [
  /\b(?:pills|tablets|meds|medication|painkillers|sleeping pills|benzos|opioids)\b.{0,30}\b(?:saved|stockpiled|stashed|hidden|hoarded|collected|lined up|counted out|ready|for when|in case|enough to)\b/,
  /\b(?:saved|saving|stockpil\w*|stash\w*|hoard\w*|collect\w*|gather\w*|hiding|hid|counting|counted|buying up) (?:up )?(?:\w+ ){0,3}?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b/,
  /\benough (?:pills|tablets|meds|medication|painkillers|sleeping pills)\b/,
  /\b(?:take|took|taking|swallow\w*|down|downed|downing) (?:all|a bunch|a handful|the whole (?:bottle|pack|box|packet)|every|too many|way too many|more than) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|medication|sleeping pills|painkillers)\b/,
  /\boverdos(?:e|ing|ed)\b(?! on (?:coffee|caffeine|sugar|chocolate|meetings|tv|netflix|work|slack|email|meetings|content|information|jargon))/,
  /\b(?:od|oding|odd) on (?:my |the |those |these )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b/,
  /\blethal (?:dose|amount|overdose)\b/,
  /\bnoose\b/,
  /\b(?:bought|buy|buying|got|get|tied|tie|tying|made|make|making|have|found) (?:a |the |some )?(?:rope|cord) (?:to|for) (?:hang|end|do it|kill)\b/,
  /\b(?:bought|buy|buying|tied|tie|tying) (?:a |the |some )?rope\b(?! (?:for (?:the|my|our) (?:tent|boat|climb|garden|gym|dog)|ladder))/,
  /\b(?:bought|got|buy|buying|have|own|loaded|load|loading|cleaned|holding|held|hold) (?:a |my |the |his |dads |my dads |a loaded )?(?:gun|pistol|firearm|revolver|shotgun)\b(?! (?:license|licence|range|show|safety course|for (?:hunting|the range|sport)))/,
  /\b(?:gun|pistol|knife|blade|razor) (?:to|against|on) my (?:head|throat|wrists?|temple|chest|neck|skin)\b/,
  /\bhow (?:many|much) (?:(?:pills|tablets|meds|of (?:them|these|those|my \w+)|\w+ pills|sleeping pills|paracetamol|tylenol|ibuprofen|insulin) )?(?:would|does|will|do) (?:it|i|you) (?:take|need)(?: to (?:die|end it|kill (?:you|me|myself)|overdose|od|not wake up))?\b/,
  /\bhow (?:many|much) (?:\w+ ){0,2}(?:to (?:die|overdose|od|kill (?:you|me|myself)|not wake up|end it))\b/,
  /\bhow (?:many|much) (?:pills|tablets|meds|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|insulin) (?:it|i|you) (?:would|will|need|needed|d) (?:take|need)\b/,
  /\bis (?:hanging|drowning|jumping|overdosing|bleeding out|suffocat\w*|an overdose|carbon monoxide|a gunshot|shooting yourself) (?:painless|quick|fast|peaceful|certain|lethal|instant)\b/,
  /\b(?:painless|quick|quickest|easiest|fastest|surest|least painful|peaceful) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill (?:myself|yourself)|end my life|commit suicide)\b/,
  new RegExp(r`\b(?:painless|quick|quickest|easiest|fastest|surest|least painful|best|peaceful) (?:way|ways|method|methods|death) (?:to|of) (?:die|dying|kill (?:myself|yourself)|end it|end my life|go|commit|do it)${CLAUSE_END}`),
  /\b(?:painless|quick|peaceful) (?:death|suicide|method|methods)\b/,
  /\bhow deep (?:would i|do i|should i|to|does it|would it|do you) (?:\w+ ){0,3}cut\b/,
  /\bhow (?:long|much blood) (?:does it|would it|will it|to) (?:take to )?(?:bleed out|die|drown|suffocate)\b/,
  /\bhow (?:high|tall|far) (?:do i|would i|does it|would it|should|do you|to) (?:\w+ ){0,3}(?:jump|fall|drop) (?:from|to die|off)?\b/,
  /\b(?:looked|looking|look|searched|searching|googled|googling|researched|researching|reading|read) (?:up )?(?:about |into |for |online for )?(?:suicide )?(?:methods|ways to (?:die|kill myself|end it|end my life)|how to (?:die|kill myself|overdose|hang myself|end it|end my life|tie a noose))\b/,
  /\bjump(?:ing|ed)? (?:off|from) (?:a|the|my|this|that) (?:bridge|building|roof|rooftop|balcony|cliff|ledge|tower|overpass|parking garage|car park|window)\b/,
  /\b(?:jump|jumping|step|stepping|throw myself|throwing myself|lie|lying|lay) (?:in front of|under|on) (?:a|the) (?:train|bus|car|truck|lorry|subway|tube|train tracks|tracks)\b/,
  /\b(?:standing|stood|stand|sat|sitting|sit|climbed|climbing) (?:on|onto|at|over) (?:the|a|that) (?:edge of (?:the|a) )?(?:ledge|bridge railing|railing|edge of (?:the|a) (?:roof|bridge|building|cliff|platform))\b/,
  /\b(?:stood|standing|stand) on (?:the|a|that) (?:bridge|roof|rooftop)\b.{0,40}\b(?:jump|looking down|looked down|edge|end it|wanted to)\b/,
  /\b(?:walk|walked|walking|drive|drove|driving|swerve|swerving|crash|crashing) (?:my car )?(?:into|off) (?:traffic|oncoming traffic|the (?:sea|ocean|river|lake)|a (?:tree|wall|bridge|cliff|truck))\b/,
  /\bcrash my car (?:on purpose|deliberately)\b/,
]);

const GOODBYE = signs('goodbye', [
  /\b(?:suicide|goodbye|good bye|farewell|final|last) (?:note|notes|letter|letters|video|words)\b(?! (?:to (?:the|my) (?:team|office|colleagues|coworkers|company|clients?)|for (?:the|my) (?:team|office|colleagues|coworkers|company)|at (?:work|the office)|on slack|in slack|email))/,
  /\b(?:write|wrote|writing|written|left|leave|leaving) (?:a |my |the |some |a few |few )?(?:notes?|letters?) (?:to|for) (?:my |each of my )?(?:family|mom|mum|dad|parents|kids|children|wife|husband|partner|sister|brother|friends|loved ones|everyone i love|the people i love|everyone)\b(?! (?:about|with|for (?:the|a) (?:holidays|birthday|wedding|trip)|thanking))/,
  /\bthis is (?:my )?(?:goodbye|farewell|the end|it for me)\b(?! (?:to (?:the|this) (?:team|job|company|office|project)|post|party))/,
  /\bgood ?bye (?:world|cruel world|forever|for good|everyone i love)\b/,
  /\bsaying (?:my )?good ?byes? (?:to everyone|to everybody|for good|forever|to my family|one last time)\b/,
  /\b(?:giving|give|gave|given) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|possessions|pets|cat|dog|clothes|games|everything|prized)\b(?:\w+ ){0,2}(?: away)?(?!.{0,30}\b(?:when (?:i|we) (?:moved|move|moving|left)|to charity|before (?:the|my|our) move|because (?:i|we) (?:moved|were moving)|to (?:a|the) (?:new|friend)|during (?:the|my) move|downsiz))/,
  /\b(?:sorting|sorted|getting|got|putting|put|set|setting) (?:all )?(?:my )?affairs in order\b/,
  /\bmy last (?:post|message|words|note|letter|goodbye|night (?:alive|on earth|here)|day (?:alive|on earth)|birthday|christmas|breath)\b(?! (?:before (?:the|my) (?:break|holiday|vacation|leave)|at (?:work|the office)|on (?:the|this) (?:team|project)|party))/,
  /\bsee (?:you|yall|you all) (?:all )?(?:on the other side|in the next life|in another life)\b/,
  /\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|finds) this\b/,
  /\b(?:after|when) im gone\b.{0,60}\b(?:please|take care of|tell (?:them|her|him|my)|my (?:cat|dog|mom|mum|family))\b/,
]);

const SELF_HARM = signs('self-harm', [
  /\bself ?(?:harm|injur|mutilat)\w*/,
  new RegExp(r`\b(?:harm|harming|harmed|injure|injuring|mutilate|mutilating) ${SELF}\b`),
  new RegExp(r`\b(?:want|wanted|wanting|going|gonna|plan|planning|need|needing|urge|urges|tempted|thinking about|think about|thought about|feel like|felt like|try|tried|trying|started|start|keep) (?:to )?(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|kill|killing|hit|hitting|starve|starving) ${SELF}\b(?! (?:off|short|some slack|out|laughing|on (?:the|a) (?:stove|oven|pan)|with (?:work|coffee)))`),
  new RegExp(r`\bhurt(?:ing)? ${SELF}\b(?! (?:at|in|on|while|playing|running|lifting|skiing|cycling|during|by accident|accidentally|badly at|at the gym|doing|moving|carrying|falling|more than (?:anyone|them)|by (?:not|saying|being|staying|keeping)|professionally|in the long run|in interviews))`),
  new RegExp(r`\bcut(?:ting)? ${SELF}\b(?! (?:off|short|some slack|slack|a break|a slice|a piece|out|in|loose|free|shaving|on|while|by accident|accidentally|cooking|with a knife while|when|down to size|a deal))`),
  new RegExp(r`\bburn(?:ing|ed|t)? ${SELF}\b(?! (?:out|on (?:the|a|my)|while|cooking|with (?:coffee|tea|the)|by accident|accidentally|in the sun|making))`),
  /\b(?:cut|cutting|cuts|slice|slicing|carve|carving|burn|burning|scratch|scratching) (?:up )?my (?:arms?|legs?|thighs?|skin|wrists?|stomach|hips?|body)\b/,
  /\bstarted (?:cutting|self harming|hurting myself|burning myself)\b/,
  /\b(?:relaps\w*|slipped) (?:on |into |with |back into )?(?:sh|self harm|cutting|self injury)\b/,
  /\b(?:sh|self harm|cutting) (?:urges?|again|scars?|relapse|wounds?)\b/,
  /\b(?:clean|free) (?:from|of) (?:sh|self harm|cutting)\b/,
  new RegExp(r`\b(?:hit|hitting|punch|punching|bang|banging|scratch|scratching|bite|biting|starve|starving|choke|choking|strangle|strangling) ${SELF}\b(?! (?:in the (?:face|head) with (?:the|a) (?:door|ball)|by accident|accidentally|up about|over (?:it|this|that|the)|for (?:not|missing)|laughing))`),
  /\bmake (?:myself|me) (?:bleed|bleed again|hurt|suffer)\b/,
  /\b(?:the )?(?:blade|razor|knife) (?:to|on|against|into) my (?:skin|arm|arms|wrist|wrists|leg|legs|thigh|thighs)\b/,
  /\bcut(?:ting)? (?:deeper|too deep)\b/,
]);

const INTENT = signs('intent', [
  /\b(?:i have|ive got|i made|ive made|i got|made|have|got|there is) a (?:plan|date|time) (?:to|for|on how to|of how to) (?:die|dying|kill|end|ending|do it|killing|my death|suicide|take my life|not be here)\b/,
  /\b(?:planned|planning|plan) (?:out )?(?:how|when|where) (?:i will|im going to|im gonna|ill|to) (?:do it|die|end it|kill myself|go)\b/,
  /\b(?:tonight|tomorrow|this weekend|this week|next week|soon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (?:is|will be) (?:the night|the day|when i (?:do it|go|end it|die))\b.{0,80}\b(?:die|dead|death|end it|pills|rope|note|goodbye|kill|bridge|gone)\b/,
  /\b(?:decided|made up my mind|made my decision|made the decision) (?:to )?(?:end it|die|kill myself|go through with it|do it|end my life|take my life)\b(?! (?:with|on|at) )/,
  /\b(?:go|going|went) through with it\b.{0,80}\b(?:die|dead|death|end it|pills|rope|note|goodbye|kill|bridge|suicid\w*)\b|\b(?:die|dead|death|end it|pills|rope|note|goodbye|kill myself|bridge|suicid\w*)\b.{0,80}\b(?:go|going|went) through with it\b/,
]);

export const ENGLISH_SIGNS: readonly Sign[] = [...DIRECT, ...HOPELESS, ...BURDEN, ...MEANS, ...GOODBYE, ...SELF_HARM, ...INTENT];
