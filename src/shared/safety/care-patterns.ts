// Words of death, harm or despair that are not a clear warning sign: "however much I crave death", "I'll just be a
// memory", "I see no way out", "I don't want to die, but I want to escape", a knife, pills, a bridge. The guide
// then quotes nothing, asks nothing about doing or timing, asks one gentle question that people wrote, and shows
// where to talk to someone now. Matched on the plain reading with idioms taken out (normalise.ts, idioms.ts).

export const CARE_PATTERNS: readonly RegExp[] = [
  // Death and dying, of oneself.
  /\b(?:crave|craving|long for|longing for|welcome|think about|thinking about|thought about|think of|dream about|fantasi[sz]e about|fascinated by|obsessed with|romanticis\w*|romanticiz\w*) (?:death|dying|being dead|the void|the end)\b/,
  /\b(?:when|if|after|once|before) (?:i|im) (?:die|died|dead|gone|am gone|was gone|were gone|not here anymore|no longer here)\b/,
  /\b(?:ill|i will|i would|id|im going to|im gonna) (?:just )?be (?:a memory|a memory soon|forgotten|gone soon|dead soon|better off gone)\b/,
  /\b(?:glad|happy|relieved|fine|ok|okay) (?:if |when |that )?(?:im|i am|id be|i was|i were|to be) (?:dead|gone)\b/,
  /\b(?:dont|do not|didnt) (?:really |actually )?(?:want|wanna) (?:to )?die\b/,
  /\b(?:im|i am|i feel|feel|feeling|felt) (?:so |already |just |kind of |kinda )?(?:dead inside|empty inside|numb inside|like dying|like im dying|like a ghost|like disappearing|like giving up)\b/,
  /\bdying inside\b|\blived too long\b|\bmy life is over\b(?!.{0,30}\b(?:until|lol|lmao|haha|jk|actually over))/,
  // Escape and no way out.
  /\b(?:want|wanna|need|wish i could|just want) (?:to )?(?:escape|get out|run away|disappear|vanish|be gone|not be here|stop feeling)\b(?! (?:(?:to|for) (?:a|the) (?:weekend|week|day|holiday|vacation|cabin|beach|mountains|offsite|conference)|into (?:a|the|my) (?:\w+ )?(?:cabin|book|work|code|project|focus)|from (?:the|this|that|my) (?:meeting|call|office|project|team|job|role|inbox|email)|early))/,
  /\b(?:feel|feeling|felt|im|i am) (?:so |completely |totally )?trapped\b(?! (?:in (?:a|this|that|my) (?:role|job|meeting|project|team|contract|position|lift|elevator|traffic)|at (?:work|my desk)|by (?:the|this|that) (?:process|contract|schedule)))|\bunbearable (?:pain|emotional pain)\b/,
  /\bno way out\b|\btrapped with no\b|\bno escape\b(?! (?:key|room|from (?:the|this|that) (?:meeting|call|office|project|inbox)))/,
  // Despair about oneself or life.
  /\b(?:i hate|hating|hate) (?:my ?self|my life|being alive|living|existing|my existence)\b/,
  /\b(?:im|i am|i feel|feel|feeling) (?:so |completely |totally |utterly |just )?(?:worthless|hopeless|useless to everyone|broken beyond repair|a waste of space|a waste of (?:air|oxygen)|beyond help)\b(?! (?:at|with|when it comes to|about (?:the|this|that|my) (?:project|code|deadline|estimates|review|talk)))/,
  /\b(?:there is|theres|i have|ive got|with) no (?:hope|future)(?: (?:left|for me|anymore))?\b/,
  /\bnothing (?:will ever|is ever going to|ever) (?:get|gets) better\b|\bit (?:will|wont|is never going to) (?:never )?get better\b(?! (?:if|unless|until|without))/,
  /\b(?:give|giving|gave|given) up on (?:everything|it all|myself)\b/,
  /\b(?:tired|sick|exhausted) of (?:everything|it all|fighting|trying|being me|being myself)\b(?! (?:at work|about))/,
  /\b(?:want|wanna|need|wish|just want) (?:it|this|everything) to (?:stop|end|be over)\b(?! (?:soon|by|before|on|already))/,
  /\bwhats the point (?:of|in) (?:anything|it all|everything|trying|even trying)\b|\bwhats the point anymore\b/,
  /\b(?:cant|cannot|can no longer) (?:cope|handle (?:it|this|anything)|breathe)(?: anymore| any more| any longer)\b/,
  /\bi (?:ruin|ruined|destroy) (?:everything|everyones lives?|every ?thing i touch)\b/,
  // Means and places, named with nothing else.
  /\b(?:pills|tablets|sleeping pills|painkillers|overdose|od|knife|knives|blade|blades|razor|razors|rope|gun|pistol|bridge|ledge|rooftop|train tracks|cliff|poison|noose|scars?)\b(?! (?:club|course|points?|game|night|call|role))/,
  /\b(?:bleed|bleeding|blood)\b.{0,20}\b(?:my (?:arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs)|myself)\b/,
  /\bmy (?:own )?(?:obituary|eulogy|funeral)\b/,
  /\b(?:psych (?:ward|unit|hold|hospital)|psychiatric (?:ward|hospital|unit|hold)|inpatient (?:unit|stay|ward)|72 hour hold|sectioned)\b/,
];

/** True when the reading holds words of death, harm or despair. */
export const readingNeedsCare = (reading: string): boolean => CARE_PATTERNS.some((pattern) => pattern.test(reading));
