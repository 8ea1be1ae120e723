// Everyday phrases that borrow the words of a crisis: "career suicide", "this migration is killing me", "dying to
// try it", "I could die of embarrassment". They are taken out of the plain reading before any warning sign or word
// of care is looked for, so a person venting about work is met as one. Matched on the reading (normalise.ts).

const IDIOMS: readonly RegExp[] = [
  /\b(?:career|political|social|professional|commercial|corporate|brand|financial|reputational|electoral|fashion|tactical) suicid\w*/g,
  /\b(?:plants|houseplants|succulents|tomatoes|fish|crops|battery|phone|laptop|cells|stocks|shares|sales|code|app)\b.{0,20}\b(?:committing|commit|committed) (?:mass |slow )?suicide\b|\bsuicide pact\b/g,
  /\bwant to walk into the sea\b(?=.{0,40}\b(?:instead|meeting|boss|synergy|lol))/g,
  /\bbungee\w*(?: \w+){0,3}\b|\bmy life is over\b(?=.{0,30}\(?(?:until|lol|lmao|haha|jk|its not|it is not)\b)|\b(?:want to|wanna|gonna|going to) die \(of\b/g,
  /\b(?:run|running|ran|do|doing|did) suicides\b|\bsuicides (?:drill|drills|in (?:practice|gym|training))\b/g,
  /\bsuicid\w* (?:squad|mission|missions|doors?|squeeze|runs?|bomb\w*|prevention|awareness|training|drill|king|burn|pace|hotline|helpline|watch|rates?|statistics|research)\b/g,
  /\b(?:is|are|was|were|its|keeps|kept|been) (?:really |literally |absolutely |slowly )?killing (?:me|us|him|her|them|my \w+|our \w+)\b/g,
  /\b(?:this|that|the|these|those|my|our|your) (?:\w+ ){0,3}(?:is|are|was|were|will|would|gonna|going to) (?:literally |actually |honestly |really |slowly )?(?:kill|killing|be the death of) (?:me|us)\b/g,
  /\b(?:dying|dieing) (?:to (?:try|see|know|hear|get|meet|go|read|start|find out|tell)|for (?:a|some) (?:coffee|break|holiday|vacation|weekend))\b/g,
  /\b(?:die|died|dying|dead) (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cringe|curiosity|envy|jealousy|hunger|thirst|the heat|the cold)\b/g,
  /\b(?:died|dying|die|dead) (?:laughing|of laughter)\b/g,
  /\b(?:id|i would|i could|would|could) (?:kill|die) for (?:a|an|some|that|this|the)\b/g,
  /\bkill(?:ing|ed)? (?:two birds|time|the (?:project|feature|meeting|idea|bug|process|lights|engine|music|vibe|mood|deal|release|ticket)|my darlings|(?:it|them) (?:on stage|at (?:the|my) \w+))\b/g,
  /\b(?:killing|killed|kill) it\b(?= (?:at|on|in|with|today|this|last|during|out there)\b|[.!,]|$)/g,
  /\bdead (?:tired|serious|set|end|ends|line|lines|weight|easy|on|simple|wrong|right|quiet|last)\b/g,
  /\b(?:laptop|phone|battery|computer|car|server|printer|build|project|deal|idea|plan|conversation|meeting|mic|microphone|internet|wifi|vpn|screen|monitor|keyboard|app) (?:just |literally )?(?:died|is dead|was dead|dies|dying)\b/g,
  /\b(?:end of (?:my|the|his|her|their) rope|learn(?:ing|ed)? the ropes|show (?:me|them|you) the ropes|jump(?:ing)? rope|rope (?:someone|somebody|people|them|him|her|us|me) in|rope (?:in|into)(?! (?:my|the|his|her|a|our) (?:garage|closet|wardrobe|car|room|bag|shed|attic|boot|trunk|basement|cupboard)))\b/g,
  /\b(?:im|i am|ill|i will|i would|id) (?:going to |gonna )?(?:literally |actually |actually going to |seriously )?(?:die|be dead) (?:if|when|of)\b|\b(?:im|i am|we are|were) (?:literally |actually |so )?(?:dead|dying|deceased)(?= (?:lol|lmao|haha|rn|of laughter|laughing)\b)/g,
  /\b(?:rather|sooner) jump off a bridge than\b|\b(?:glue|nail|staple|water|nerf|squirt|spray|heat|paint|caulk|caulking|grease) gun\b|\bshot (?:myself|himself|herself) in the (?:thumb|finger|hand|foot|leg)\b/g,
  /\bropes? course\b|\bbridge club\b|\bbullet points?\b|\btake a bullet for\b/g,
  /\b(?:kitchen|steak|butter|bread|pocket|chef|chefs|paring) knives\b|\b(?:butter|bread|pocket|paring) knife\b|\bknife (?:set|skills|block)\b|\bknives (?:are )?out\b/g,
  /\b(?:bridge (?:the|a|that|this) gap|cross (?:that|the) bridge|water under the bridge|bridge (?:role|loan|call|builder|between|the two|the teams)|burn(?:ing|ed|t)? (?:my|our|the|that|those|any) bridges?)\b/g,
  /\b(?:jump(?:ed|ing)? the gun|under the gun|stick(?:ing)? to (?:my|our|your) guns|big guns|top gun|gunning for|smoking gun)\b/g,
  /\b(?:knife ?edge|hot knife|razor ?(?:thin|sharp)|occams razor|bitter pill|pill to swallow|chill pill|red pill|blue pill)\b/g,
  /\b(?:shot|shoot|shooting) (?:myself|ourselves|yourself) in the foot\b/g,
  /\b(?:i|id|i would|ill|i will) (?:rather|sooner) (?:die|be dead) than\b(?! (?:keep living|live like this|go on|wake up|be alive|exist|keep going))/g,
  /\b(?:would|will|ll|gonna|going to) (?:die|be dead) (?:on|for) (?:this|that|the) hill\b/g,
  /\b(?:my (?:boss|manager|mentor|mom|mum|dad|wife|husband|partner|lead|team)|they|she|he|(?:my|the) (?:team|client)) (?:will|would|is going to|gonna|is gonna) (?:kill|murder) me\b/g,
  /\b(?:me muero de (?:risa|verguenza|hambre|sueno|ganas)|me (?:esta|estan) matando|me mato trabajando|mort de rire|ca me tue|me tue|bringt mich um|lache mich tot|morrendo de (?:fome|rir|vergonha|sono)|vai me matar|esta me matando)\b/g,
];

/** The reading with every everyday idiom replaced by a space. */
export function withoutIdioms(reading: string): string {
  return IDIOMS.reduce((text, idiom) => text.replace(idiom, ' '), reading);
}
