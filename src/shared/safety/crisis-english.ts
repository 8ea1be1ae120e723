// Warning signs in English that are talk of dying, of no point in living or of being a burden, by category (categories.ts), matched against the plain reading made by normalise.ts:
// lower case, no accents, no apostrophes ("dont", "cant", "im", "ill" for I'll), hurried spellings fixed, single
// spaces, punctuation kept. Any tense and person: "been thinking about killing myself", "she wants to die".
//
// Each pattern carries the everyday idioms it must leave alone (a lookahead or lookbehind), and idioms.ts removes
// the rest before matching: a false alarm tells a person their ordinary work stress is an emergency.
import { signs, type Sign } from './categories';

export const r = String.raw;
/** Oneself, in any person: "myself", "my self", "himself", "themselves". */
export const SELF = r`(?:my ?self|him ?self|her ?self|them ?sel(?:f|ves))`;
/** After a phrase: the clause ends there ("I can't go on." counts, "…go on the trip" does not). */
export const CLAUSE_END = r`(?=\s*(?:$|[.,;:!?)"\-]|\b(?:and|but|because|so|i|im|ive|anymore|any more|any longer|at all|now|right now|tonight|today|tomorrow|soon|forever|for good|lol|haha|honestly|tbh|to be honest|really|though|either|man|lmao|we|they|she|he|anyway|idk|i dont know|then|its|it|it is)\b))`;
/** Words after a phrase that carry the same act on ("end it with the vendor", "be here for the reorg", "go on like I did"). */
export const CARRIERS = r`with|for|at|in|on|to|by|before|after|when|while|until|till|during|without|was|is|were|has been|had been|but (?:we|agreed|will|still|stay|keep)|early|late|there|here|properly|right|again|tomorrow|next|today|alone|together|if|unless|once|over|about|like (?:i|that|this|they|we|you|he|she|before|last|it)|on time|a bit|a little|yet|gracefully|politely|nicely|cleanly|well|personally|seriously|back|home|off|out|up|down|apart|easy|slow|now and|soon enough`;
/** Objects that carry "go on", "carry on" and "keep going" on ("I can't go on the trip", "carry on this work"). */
const OBJECTS = r`(?:the|a|an|this|that|these|those|my|our) (?:trip|call|stage|record|offsite|course|training|holiday|vacation|retreat|list|team|project|roadmap|ride|tour|journey|walk|hike|date|show|podcast|panel|interview|leave|break|rotation|schedule|path|way|same|work|conversation|meeting|discussion|review|plan|job)s?|leave|holiday|vacation|stage|camera|record|trips?|calls?|meetings?|projects?|work|working`;
let guards = 0;
/**
 * After a phrase: "anymore" or its kin taken whole, then nothing that carries the same act on. Unlike CLAUSE_END it
 * holds in run-on text without punctuation ("i want to end it the retro ran long"), so it is used for phrases whose
 * everyday uses all go on with one of these words. (The lookahead-and-backreference takes "anymore" atomically, so
 * "any more when the build breaks" cannot skip it.)
 */
export function notCarriedOn(objects = false): string {
  const name = `tail${(guards += 1)}`;
  const carriers = objects ? `${OBJECTS}|${CARRIERS}` : CARRIERS;
  const tail = r` like this| anymore| any more| any longer| at all`;
  // With a tail, only carriers go on ("…anymore when the build breaks"); without one, objects too ("go on the trip").
  return r`(?:(?=(?<${name}>${tail}))\k<${name}>(?! (?:${CARRIERS})\b)|(?!${tail})(?! (?:${carriers})\b))(?=\s|$|[.,;:!?)"'\-])`;
}
/** Not after "don't", "never" or "not": "I don't want to die" is not a wish to die. */
const NOT_NEGATED = r`(?<!\b(?:dont|do not|didnt|did not|never|not|doesnt|wouldnt|no longer) (?:really |even |actually |just )?)`;
/** A first-person subject somewhere before, in the same clause. */
const FIRST_PERSON_CLAUSE = r`(?:^|[.!?;,]\s*|\b(?:i|im|ive|ill|id|me|just|to|wanna|gonna|gotta|should|could|might|must|will)\s)`;

const DIRECT = signs('direct', [
  // Killing oneself, and the ways people say it without the words.
  new RegExp(
    r`\bkil+(?:ing|ed|s)? ${SELF}\b(?! (?:laughing|to|over|for|trying|working|at work|with work|on (?:this|that|it)|at the gym|in the gym|running|studying))`,
  ),
  new RegExp(
    r`\b(?:off|offing|offed|end|ending|ended|unalive|unaliving|top|topping|topped) ${SELF}\b|\bdo(?:ing)? ${SELF} in\b`,
  ),
  /(?<!\d ?)\bkms\b/,
  /\bctb\b|\bcatch(?:ing)? the bus\b.{0,40}\b(?:tonight|soon|for good|nice knowing|goodbye|plan)\b/,
  /\bunaliv\w*/,
  /\bsewer ?slide\b/,
  /(?<!\b(?:not|never|isnt|wasnt|not really|not actually) )\bsuicid\w*/,
  new RegExp(
    r`\b(?:hang|hanging|hanged|hung|shoot|shooting|shot|drown|drowning|drowned|poison|poisoning|poisoned|suffocate|suffocating|gas|gassing) ${SELF}\b(?! (?:in the foot|out to dry|up|on|at|with work|with coffee))`,
  ),
  /\b(?:slit|slitting|cut|cutting|slash|slashing|open|opening) (?:my|his|her|their) (?:wrists?|throat|veins?)\b/,
  // Ending one's life; "end it" and "end it all".
  /\b(?:end|ending|ended|take|taking|took|took away) (?:my|his|her|their) (?:own )?life\b(?! (?:in|into|back|to|forward|seriously|more|as|at work|in (?:a|a new) direction))/,
  /\b(?:end|ending|ended|finish|finishing) it all\b/,
  new RegExp(
    r`${FIRST_PERSON_CLAUSE}(?:\w+ ){0,4}?(?:end|ending|ended|finish|finishing) (?:it|things|everything|this life)${notCarriedOn()}(?! (?:and|but|so) (?:we|they|move on|start))`,
  ),
  /\b(?:thoughts? (?:of|about)|thinking (?:about|of)|think about|thought about|think of|plan(?:ning)? (?:on|to)|fantasi[sz]ing about|dreaming about) (?:ending it|ending my life|ending things|ending everything|killing myself|dying|not being here|being dead|not waking up|not existing|taking my (?:own )?life)\b(?! (?:with|between|on|for the|at|early))/,
  // Wanting to die, to be dead, not to exist.
  new RegExp(
    r`${NOT_NEGATED}\b(?:want|wants|wanna|wanted|wanting|wish|wished|ready|deserve|deserves|would like|need|needs|like) (?:to )?(?:just )?die\b(?! (?:of|from|laughing|on (?:this|that|the) hill|a little|inside|in a fire drill|for (?!real)|young|rich|happy|old|doing|when i am old|peacefully at (?:90|ninety)))`,
  ),
  /\b(?:would|id|i would) (?:honestly |just |really |genuinely )?rather (?:die|be dead)\b(?! than)|\b(?:thinking|thought|think) about how to do it\b|\b(?:researching|looking up|looked up|googling|googled|looking at|looking into) ways\b(?! (?:to (?:improve|make|get|save|help|cut costs|grow|learn|work|do better|be)))|\b(?:thinking|think|thought) about all the ways\b/,
  /\b(?:im|i am|im actually|i am actually) (?:actually |really |so |just )?done (?:this time|for good|for real)\b|\bdone with (?:breathing|living|existing|being alive)\b|\bmake it easier for (?:them|everyone|everybody|her|him|my family)\b.{0,40}\b(?:made up my mind|decided|gone|burden)\b|\bburden\b.{0,60}\bmake it easier for (?:them|everyone|everybody|her|him|my family)\b/,
  /\b(?:dont|cant|do not|can not) see myself (?:living|alive|being alive|being here|making it) (?:past|beyond|to|until|after)\b|\bending it is the only (?:way|option|answer)\b|\bsorry to (?:anyone|whoever|everyone) (?:who )?(?:reads|finds) this\b|\b(?:rather|just want to|wanna) (?:just )?skip to the end\b|\bif nothing changes\b.{0,40}\b(?:im done|i am done|ill do it|i will do it|its over)\b/,
  /\b(?:not looking for|dont need|dont want|do not want) (?:a|any) reason to live\b|\bscared of what (?:im|i am|i might|i will|ill) (?:going to |gonna )?do\b(?! (?:if|about|when|with (?:my|the) (?:career|job|life)))|\b(?:this is|this will be|its) my last (?:one|birthday|christmas)\b|\b(?:no|dont see a|do not see a|only one) way out (?:except|but) (?:one|the one|that)\b/,
  /\bvoices?\b.{0,30}\btell(?:s|ing)? me to (?:do it|kill|die|hurt|end it|jump)\b|\b(?:joking|joke|jokes|joked) about (?:killing myself|suicide|dying|ending it)\b|\bplan(?:ning)? (?:my|your) (?:own )?(?:death|funeral)\b|\bwanted it to be the end\b|\b(?:im|i am) next\b.{0,30}\b(?:okay|ok|fine) with (?:that|it)\b|\bnot wanting to wake up\b|\b(?:death|dying) (?:sounds|seems|feels) like (?:a )?relief\b/,
  new RegExp(
    r`${NOT_NEGATED}\b(?:want|wants|wanna|wish|rather|ready|deserve|would like) (?:to )?(?:just )?be (?:dead|gone)\b(?! (?:for (?:a|the) (?:week|weekend|day|month|holidays?)|on (?:vacation|holiday|leave)|than|by (?:five|5|six|6)))`,
  ),
  /\bwish (?:i|that i) (?:was|were|could be) (?:dead|gone)\b/,
  /\bwish (?:i|that i) (?:wasnt|werent|was not|were not) (?:alive|here|born|around)\b/,
  /\bwish(?:ing|ed)? (?:i|id|that i)(?: (?:was|were|had))? never (?:been )?born\b/,
  /\bwish i (?:could|would) (?:die|just die|disappear forever|just disappear forever|stop existing|not exist|fall asleep forever|sleep forever|never wake up|just not wake up|not wake up)\b/,
  /\bwish i (?:didnt|did not|never) (?:exist|existed|wake up|woke up)\b/,
  /\b(?:hope|hoping|wish|pray|praying) (?:i|that i) (?:die|dont wake up|never wake up|wont wake up|do not wake up|will not wake up|would not wake up|wouldnt wake up|just die|die in my sleep|get hit by a (?:car|bus|truck))\b/,
  /\b(?:praying|pray|hoping|wishing) for (?:death|my death|the end|it to end)\b/,
  /\b(?:want|wanna|wish|hope|just want)(?: to)? (?:just )?(?:not|never) (?:wake up|be alive|come back|exist)\b|\b(?:go to sleep|fall asleep|sleep) and (?:never|not) (?:come back|wake up)\b|\b(?:planning|plan|planned) my (?:exit|death|suicide|way out|last day)\b|\b(?:\d+|few|couple of|two|three|four|five) (?:more )?days (?:and|until|till) (?:im|i am|ill be) (?:done|gone|out)\b|\bcountdown\b.{0,30}\b(?:done|gone|end|over)\b|\b(?:not|im not) (?:sticking|staying) around\b|\b(?:go|die|end it) painlessly\b|\bpermanent (?:logout|log out|exit|sleep)\b|\b(?:cant|can not|cannot) (?:picture|imagine|see) (?:myself )?(?:being )?(?:alive|here|around) (?:next|in|by)\b|\b(?:wish|wishing|hope|hoping|wishing id|wish id)\b.{0,20}\b(?:get|got|getting|be) hit by a (?:bus|car|truck|train)\b|\b(?:hope|hoping|wish) (?:a|the) (?:car|bus|truck|train) (?:hits|would hit|kills|will hit) me\b|\b(?:fully |really )?intend to act on (?:it|them)\b|\bthe (?:when and the where|where and the when|how and the when)\b|\bone reason to stay\b|\b(?:decid\w*|decision|calm about deciding) to kill yourself\b|\b(?:dont|do not|cant|can not|no longer) see (?:the|any) point (?:of|in) (?:living|life|going on|being alive|waking up)\b|\b(?:dont|do not) want to live to see\b|\bonly reason (?:im|i am) (?:not dead|still here|still alive|alive)\b|\bafter (?:im|i am|youre|you are) (?:not around|gone|dead|no longer around)\b|\bwont be a (?:problem|burden|bother) (?:for|to) (?:anyone|anybody|you|them|everyone) (?:much )?longer\b|\bstop being the (?:weight|burden|problem)\b|\b(?:close|shut) my eyes and (?:not|never) (?:have to )?open them\b|\bthe long sleep\b|\beternal sleep\b|\bmake (?:the|this|my) pain stop (?:for good|forever|permanently)\b|\b(?:next life|afterlife|the other side)\b.{0,40}\bfind out (?:soon|tonight|this week)\b|\b(?:dont|wont|do not|will not) have a reason to (?:stay|live|keep going|be here) anymore\b|\b(?:thats|that is) where (?:its|it is) going to happen\b|\bmy own funeral\b.{0,40}\brelie\w*|\b(?:going to|gonna|will) act on (?:it|this|them)\b(?=.{0,30}\b(?:this time|i mean it|soon|tonight))|\bintend to go through with it\b|\b(?:i know|im sure|i dont think) (?:i|ill|i will|im going to)? ?(?:wont|will not|not going to|not gonna|be) (?:be )?(?:around|here|alive) for (?:it|that|summer|christmas|the holidays|my birthday|next (?:year|summer|christmas))\b|\btake myself out of the equation\b|\btell my (?:mom|mum|dad|family|sister|brother|parents|kids) (?:im|i am) sorry\b|\btried for as long as i could\b|\bwont be (?:anyones|anybodys|a|the) (?:problem|burden) (?:anymore|any more|much longer)\b|\b(?:is|be) the one who finds (?:you|me|my body)\b|\bmy funeral\b.{0,60}\bsooner than\b|\bnone of (?:this|it) will matter\b.{0,80}\bthen (?:im|i am|ill be) (?:free|done|gone)\b|\bfor (?:whoever|whomever|the person who) (?:has|have|will have) to (?:deal with|clean|find|sort)\b|\b(?:was|were) about to do it\b.{0,60}\b(?:came home|walked in|knocked|found me|stopped me)\b|\b(?:want|wanna|going) to act on (?:it|this|them)\b.{0,40}\b(?:decided how|how to|this time|not like before)\b|\b(?:isnt|is not|not) like before\b.{0,40}\bact on (?:it|this|them)\b|\b(?:still be here|be alive|be around)\b.{0,40}\b(?:dont|do not|wouldnt) mind either way\b|\b(?:day|time|good day) to be done with (?:all of it|it all|everything|life)\b|\bbe done with (?:it all|all of it|life|living)\b|\bfor me to (?:stop existing|not exist|die|not be here|be gone)\b|\bi end (?:too|as well|then)\b|\b(?:hope|hoping|wish|pray|praying) (?:that )?(?:my )?(?:heart|body) (?:just )?(?:gives out|stops|gives up|fails)\b|\bwhen (?:she|he|they|my \w+) (?:goes|dies|passes)\b.{0,20}\b(?:im|i am|ill be|i will be) (?:going|gone) too\b|\b(?:dont|do not|not) (?:intend|plan|planning|going) to come back from\b|\b(?:only|one) (?:door|way|exit) out is (?:the )?permanent\b|\bpermanent (?:one|solution|way out)\b|\bbetter off with(?:out)? one less\b|\b(?:go to sleep|fall asleep|sleep) and (?:never|not|stay asleep|not ever|never ever)(?: wake up)?\b|\bstay asleep (?:forever|for good)\b/,
  /\bnever (?:want to )?wake up again\b/,
  /\bsleep forever\b/,
  /\b(?:want|wanna|wish i could|would like|going|ready|need)(?: to)? (?:just )?(?:stop existing|cease to exist|not exist)\b/,
  /\b(?:want|wanna|wish i could|going|should|should just|could just) (?:to )?(?:just )?disappear (?:forever|for good|permanently)\b/,
  new RegExp(
    r`\b(?:dont|do not|no longer|really dont|dont really|never|not) (?:want|wanna|wish|feel like) (?:to )?(?:live|be alive|exist|keep living|go on living|keep going|go on|carry on|be around anymore|wake up|stay alive|be on this earth|be in this world)\b(?! (?:in|at|on|with|near|there|abroad|alone|together|early|before|for|from|by|off|out|like (?:that|them|him|her)|through|without|to|up (?:early|at)))`,
  ),
  new RegExp(r`\b(?:dont|do not|no longer|really dont|dont really) (?:want|wanna) (?:to )?be here${notCarriedOn()}`),
  /\b(?:wont|will not|not going to|not gonna|wont even) be (?:around|here|alive) (?:much longer|for (?:much )?long(?:er)?|anymore|any more|any longer|after (?:tonight|this weekend))\b/,
  /\bnot be (?:around|here|alive) (?:much longer|for (?:much )?long(?:er)?)\b/,
  /\b(?:dont think|do not think|doubt|not sure|dont know if|wonder if) (?:im|i am|i will|ill|i|i ll) (?:gonna |going to |still |even )?(?:be alive|be around|be here|live|survive|exist) (?:next|by|until|to see|this time next|past|much longer|for long|in a (?:year|month|few)|for (?:my|his|her|their) (?:birthday|graduation|wedding)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the fall|the winter|spring|summer|autumn|winter)|at (?:his|her|their|my) (?:graduation|wedding|birthday))\b/,
  /\b(?:wont|will not|dont think ill|dont want to) (?:live to )?see (?:next|another) (?:year|christmas|birthday|summer|spring|winter)\b/,
  // Past attempts, which the Columbia scale asks about first among behaviours.
  new RegExp(
    r`\b(?:tried|try|trying|attempt\w*) to (?:kill ${SELF}|end (?:it|it all|my life|things)|take my (?:own )?life|overdose|hang ${SELF})\b`,
  ),
  /\b(?:survived|after|since) (?:an|my|the) attempt\b/,
  /\bmy (?:first|second|third|last|previous|latest) attempt(?! (?:at|to|on|in))\b/,
  /\b(?:i attempted|attempted again|attempt again)\b(?! (?:to (?!kill|end|take)|the|a|an|it\b))/,
  // Death as a wish or a longing, with nothing else named.
  /\b(?:i|im|ive)(?: \w+){0,3} (?:want|wanna|need|wish for|pray for) (?:death|my death)\b/,
  /\bdeath (?:sounds|seems|feels|looks) (?:so )?(?:good|nice|peaceful|better|like (?:a relief|the only|an escape|the answer|the way out|freedom))\b/,
  /\bi should (?:just )?(?:die|be dead|kill myself|end it|disappear forever|not be alive|not exist)\b/,
  // Asking to be taken, or not to wake, in any words and any person.
  /\b(?:take me|let me (?:die|go|slip away)) (?:in my sleep|tonight|away from (?:here|this))\b|\b(?:god|the lord|lord|him|the universe) (?:to |will |would |could |please )?(?:just )?take me\b/,
  /\b(?:hope|hoping|hopes|pray|praying|prays|wish|wishing)\b.{0,40}\b(?:dont|do not|wont|never|not|doesnt|wouldnt) wake (?:me )?up\b/,
  /\b(?:thinking|think|thought) about (?:not being alive|not existing|being dead|not waking up)\b|\b(?:dont|do not) (?:get to|deserve to) (?:keep living|live|be alive|go on)\b|\b(?:more useful|worth more|better off|better) (?:to (?:them|my family|everyone) )?dead\b/,
  /\bhow to go (?:quietly|peacefully|without (?:pain|a mess))\b|\bthe future ends\b|\bits not if anymore\b|\bnot if but when\b|\bnot planning (?:to be|on being) (?:here|around|alive)\b(?! (?:next (?:year|summer|month|quarter)|for (?:the|this|that) (?:meeting|offsite|holiday|reorg)))/,
  /\b(?:it|that|everything|things) (?:would|will|might) (?:honestly |really |just |genuinely )?be (?:so |really |much )?(?:fine|nice|ok|okay|better|easier|good|a relief|peaceful|simpler)(?: for (?:everyone|everybody|them|my family|all of them))? if i (?:just )?(?:didnt wake up|never woke up|got hit|died|wasnt here|werent here|was not here|were not here|wasnt around|werent around|was gone|disappeared|stopped existing|didnt exist|was dead)\b/,
  /\b(?:everyone|everybody|they|people|my family|the world|my (?:wife|husband|partner|parents|kids))\b.{0,25}\b(?:be|is|are) (?:\w+ )?(?:fine|better|happier|okay|ok|relieved) if i (?:just )?(?:wasnt|werent|was not|were not|died|disappeared|was gone|were gone)\b|\b(?:they|she|he|both|everyone)(?:d| would)? (?:both )?be better off with (?:someone|somebody) (?:else|who)\b|\bsad for a (?:day|week|month) and then (?:move on|forget)\b/,
  /\b(?:id|i would|i d) (?:honestly |genuinely |really |just )?be (?:okay|ok|fine|happy|glad|relieved|at peace) if (?:it|everything|my life|it all|this) (?:was|were|is) over\b|\b(?:just )?waiting to die\b/,
  /\b(?:hope|hoping|wish|pray) (?:the|my) (?:plane|flight|car|bus|train) (?:goes down|crashes|crash|goes off the road)\b|\bif (?:a|the) (?:truck|car|bus|train) (?:hit|hits|killed|kills) me\b.{0,30}\b(?:relieved|fine|ok|okay|glad|happy|mind|relief)\b/,
  /\b(?:better|best|easier) (?:if |that |for everyone if )?i (?:die|died|was dead|were dead|kill myself)\b|\bbetter (?:to )?die than\b/,
  /\b(?:brain|head|mind|voice|thoughts?)\b.{0,30}\bkill yourself\b|\bkill yourself\b.{0,40}\b(?:reflex|every time|again|my brain|in my head)\b/,
  /\bfound me\b.{0,50}\b(?:called 911|called 999|called 112|called an ambulance|ambulance|the er|a&e|emergency room)\b/,
  /\b(?:drove|walked|went|go|going) to the (?:bridge|overpass|cliff|cliffs|roof|rooftop|tracks)\b.{0,80}\b(?:stood|stayed|sat|waited) (?:there|on the edge)\b/,
  /\b(?:been )?holding on\b.{0,80}\bletting go\b|\bthis is me saying good ?bye\b|\b(?:its|it is|this is) my good ?bye\b/,
  /\blast (?:day|night|week) (?:on earth|alive|of my life)\b/,
  /\b(?:only thing|all that is|the one thing) (?:keeping|holding) me (?:alive|here|going|from (?:doing it|ending it|killing myself))\b/,
  /\bact(?:ing)? on (?:these |those |the |my |suicidal |dark )?(?:thoughts|urges)\b/,
  /(?<!\b(?:we|were|they|theyre|you|youre|he|hes|she|shes|lets|let us)\b(?: \w+){0,3} )\b(?:gonna|going to|will|ill|imma|planning to|plan to|want to|wanna|need to) (?:just |finally )?end it\b(?! (?:with|early|there|here|on a|on time|properly|politely|nicely|cleanly|well|for (?:the|them|him|her)))/,
  /\b(?:wouldnt|would not|wont|dont|do not|would (?:genuinely |honestly |really |actually )?not) (?:even |genuinely |honestly |really |actually )?mind (?:if|when) (?:it all|everything|i|my life|it) (?:just )?(?:ended|end|died|die|stopped|was over|were over|didnt wake up|dont wake up|got hit)\b/,
  /\bhop(?:e|ing) (?:the|my) (?:scan|test|tests|results?|biopsy|tumou?r)\b.{0,20}\b(?:bad|positive|cancer|terminal)\b|\bhop(?:e|ing) (?:i|it) (?:get|gets|is|turns out) (?:cancer|terminal)\b/,
  // Past attempts: the Columbia scale's first behaviour.
  /\b(?:i|ive|i have|i had|i)(?: \w+)? attempted\b(?! (?:to (?!kill|end|take|die|hang|overdose)|the|a|an|it\b|that|this|my (?!life)))/,
  /\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)?|last|previous|another|failed|latest|suicide|next) attempts?\b(?! (?:at|to (?!kill|end|take|die)|on|of|in (?!(?:january|february|march|april|may|june|july|august|september|october|november|december|\d|the (?:spring|summer|autumn|fall|winter)))|with|for|was (?:rejected|declined)))/,
  /\b(?:pumped my stomach|my stomach pumped|stomach (?:was |got )?pumped)\b/,
  /\b(?:tried|try) (?:last night|again|yesterday|this morning|tonight)\b.{0,40}\b(?:woke up|still here|didnt work|failed|get that right|survived)\b/,
  /\b(?:didnt|did not|couldnt|could not) (?:even )?(?:get that right|do that right|succeed at that|manage that either)\b.{0,10}$|\bstill here\b.{0,20}\b(?:dont|do not) want to be\b/,
]);

const HOPELESS = signs('hopeless', [
  /\b(?:no|any|a single|one single|not (?:a|one|any)) (?:good |real )?(?:reason|point|purpose) (?:for me |left |anymore )?(?:to|in|of|for) (?:live|living|go on|going on|be alive|being alive|carry on|carrying on|wake up|waking up|exist|existing|stay alive|staying alive|stay|staying|keep going|keep living|go on living|continue living|continue|continue living|me to live|my life|life)\b(?! (?:with (?:this|the|that|it)|on (?:this|the|that)|in the past|in fear|like that|in (?:this|that) (?:city|town|flat|house)|here (?:after|if)|late|longer than))/,
  /\b(?:whats|what is|wheres|where is) the (?:point|reason|purpose) (?:of|in|to|for) (?:living|life|being alive|going on|waking up|existing|staying alive|live|exist|my life|me being here|me)\b/,
  /\b(?:nothing|no one|nobody|noone|nothing and no one) (?:left )?to live for\b/,
  /\b(?:isnt|is not|not|aint|no longer) worth living\b/,
  /\blife (?:isnt|is not|aint|feels|is|seems) (?:worth it|worth it anymore|worth living|worth living anymore|pointless|meaningless|not worth (?:it|living))\b(?! (?:without|if|unless|when))/,
  /\bmy life (?:is|feels) (?:pointless|meaningless|worthless)\b/,
  /\b(?:give|giving|gave|given) up on (?:life|living|being alive|myself and everything)\b/,
  /\b(?:done|finished) with (?:life|living|being alive|it all|existing|this world|this life)\b/,
  /\b(?:tired|sick|weary|exhausted) of (?:living|life|being alive|existing|being here)\b(?! (?:out of|in|with|like|on|under|paycheck|at|abroad|alone|away))/,
  new RegExp(
    r`\b(?:cant|can not|cannot|couldnt|can no longer) (?:go on|keep going|carry on|keep living|go on living|live like this)${notCarriedOn(true)}`,
  ),
  new RegExp(
    r`\b(?:cant|can not|cannot|couldnt|can no longer) (?:take it|take this|take the pain|bear (?:it|this|living)|stand (?:being alive|living)|handle (?:life|living))${notCarriedOn()}`,
  ),
  new RegExp(
    r`\b(?:cant|can not|cannot|couldnt|can no longer) (?:do this|do it)(?:(?: anymore| any more| any longer)(?! (?:${CARRIERS})\b)(?=\s|$|[.,;:!?)"\-])|${CLAUSE_END})`,
  ),
  /\b(?:want|wanna|need|wish|just want) (?:everything|it all|all of it|all of this|life|my life|the world) to (?:stop|end|be over|go away)\b/,
  /\b(?:want|wanna|need|wish|just want) (?:it|this|everything|things|the pain|it all) to (?:stop|end|be over|go away) (?:for good|forever|permanently|once and for all)\b/,
  new RegExp(r`\b(?:want|wanna|need|wish|just want|make) (?:the|this|my) pain to (?:stop|end|go away)${CLAUSE_END}`),
  /\bpain (?:will|wont|is never going to|isnt going to) (?:never )?(?:stop|end|go away) (?:unless|until) i (?:do something|end it|die|kill myself|am gone|im gone)\b/,
  /\b(?:no way out|only way out|one way out|the way out) (?:but|except|other than|is (?:death|dying|to die|suicide|to end it|ending it)|would be (?:death|dying|to die|to end it))\b/,
  /\b(?:death|dying|suicide|ending it|killing myself) (?:is|seems|feels like|would be) (?:the|my) (?:only|best|easiest|last) (?:way out|option|answer|choice|solution|escape)\b/,
  /\b(?:whats|what is) the point of (?:praying|trying|going on|waking up|breathing)\b.{0,40}\b(?:take me|wake up|die|dead|end)\b/,
  /\b(?:waiting|wait) (?:until|till|til) (?:after )?.{0,60}\b(?:then|and then) (?:im|i am|ill be|i will be|ill) (?:done|gone|out of here|go)\b/,
  /\b(?:dont|do not) know (?:what|why) (?:im|i am) (?:still )?(?:living|alive|here) for\b|\bno (?:longer )?see the point in (?:any of it|living|life|going on|anything)\b/,
  /\b(?:the|my) only (?:way out|option|answer|solution|escape)\b.{0,25}\b(?:is|would be|seems|feels like) (?:death|dying|to die|suicide|to end it|ending it|to kill myself|killing myself)\b/,
]);

const BURDEN = signs('burden', [
  /\b(?:better|happier|easier|safer|lighter|freer) (?:off )?without me\b(?! (?:on|in|at|there|for (?:this|that|the)|leading|running|as|doing))/,
  /\b(?:better|happier|easier) off (?:dead|if i (?:was|were|wasnt|werent|was not|were not|had never been|didnt|died|disappeared|killed myself)\b(?! (?:on|in|at) (?:the|this|that) (?:team|project|call|meeting)))/,
  /\b(?:the )?world (?:would be|is|will be)? ?(?:a )?better (?:place )?without me\b/,
  /\b(?:im|i am|i feel like|i feel|feel like|being|ive become|i have become|im just|i am just|im only|i am only|im such|i am such) (?:such |just |only |nothing but )?a (?:huge |massive |total |big )?burden\b(?! (?:to|on) (?:my |the |our )?(?:team|manager|mentor|boss|colleagues|coworkers|company|project|lead|department|org|friends with how much|friends when i))(?!.{0,30}\b(?:with how much i|when i (?:ask|complain|talk)))/,
  /\b(?:no ?one|nobody|no body|noone|not a single person|none of them|no one at all) (?:would|will|is going to|would even|will even|would ever|even)? ?(?:miss me|notice if i (?:was|were|am|died|disappeared)|notice when i(?:m| am)? gone|care if i (?:died|was gone|were gone|disappeared|wasnt here|killed myself|was dead)|notice im gone|care when im gone)\b/,
  /\bwould (?:anyone|anybody|they|she|he|my family) (?:even )?(?:notice|care|miss me)\b.{0,10}\bif i (?:died|was gone|were gone|disappeared|wasnt here|killed myself|was dead)\b/,
  /\bif i (?:died|was gone|were gone|disappeared|wasnt here|werent here|wasnt around|killed myself|was dead|were dead)\b.{0,40}\b(?:no ?one|nobody|noone|anyone|no body|nobody at all)\b.{0,25}\b(?:notice|care|miss|cry)/,
  /\b(?:everyone|everybody|they|people|my family) (?:would|will) (?:get over it|move on|forget me|be fine) (?:quickly|fast|soon|in a week|without me)\b|\b(?:nobody|no one|noone) (?:would|will) (?:even )?(?:notice|care|miss me)\b.{0,30}\b(?:gone|dead|disappeared|for a week|for days)\b/,
  /\b(?:everyone|everybody|they|my family|people) (?:would be|will be|would|is|are) (?:better|happier|relieved) (?:if|when) i(?:m| am)? (?:gone|dead|not here|not around|wasnt here|was gone|died)\b/,
  /\b(?:better|easier|happier|lighter) (?:for (?:everyone|everybody|them|her|him|my family|my parents|my kids) )?(?:if|when|once|after) (?:im|i am|i was|i were) (?:gone|dead|not here|not around|no longer here|no longer around)\b(?! (?:from|for|on|at) (?:the|this|that|my|our) (?:team|project|company|job|office|meeting|call))/,
]);

/** Talk of dying, of no point in living, of being a burden; acts, means and goodbyes are in crisis-english-acts.ts. */
export const ENGLISH_WORDS_SIGNS: readonly Sign[] = [...DIRECT, ...HOPELESS, ...BURDEN];
