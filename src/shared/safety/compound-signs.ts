// Warning signs that only show in two parts, often sentences apart in a long answer: "Everything is ready. I'm
// gonna do it", "I've decided. This weekend.", "goodbye everyone. i'm done.", "going to the bridge tonight". Either
// part alone is ordinary ("Everything is ready for the launch", "I'm going to do it", "goodbye everyone, see you in
// January"), so one part is never enough. Matched on the plain reading, English and the four other languages.

const r = String.raw;
/** An act with nothing named: "I'm gonna do it", "I'll finally do it tonight", "go through with it". */
const UNNAMED_ACT = new RegExp(
  r`\b(?:gonna|going to|will|ill|im doing|doing|ready to|about to|want to|wanna|need to|have to|gotta|finally|just|decided to|time to|before i|after i|when i|ill just) (?:finally |just |actually |really )?(?:do it|do this|go through with it)\b(?! (?:with|for|myself|ourselves|again|right|well|better|differently|properly|together|first|later in|on (?:the|my|our) (?:own|team|laptop)|at (?:work|the office)|in (?:the|my|our) (?:meeting|review|team|office)))` +
    r`|\b(?:voy a hacerlo|lo voy a hacer|lo hare|vou fazer isso|vou fazer|je vais le faire|ich (?:es )?(?:mache|tue) es|es (?:zu )?(?:tun|machen))\b`,
);
/** Preparations and decisions with nothing named: "everything is ready", "I've decided.", "picked a date". */
const PREPARED = new RegExp(
  r`\b(?:everything is|its all|all is|everythings) (?:ready|set|planned|in place|sorted|arranged|prepared|done)\b(?! (?:for|to|by|on|at|in|before|with))` +
    r`|\bi (?:have|got|ve got) everything (?:i need|ready|planned|sorted)\b(?! (?:for|to))|\bi (?:have|got|made|ve made|ve got) (?:a|my|the) plan\b(?! (?:for|to|on|about|with|b\b))` +
    r`|(?:^|[.!?] )decided[.!]|\b(?:ive|i have|i|im|i am) (?:finally )?(?:decided|made (?:up )?my mind|made the decision|made my decision)\b(?! (?:to (?!do it|go through|end it)|on|that (?:we|the|my (?!life))|against|not|what|which|how|whether|about))` +
    r`|\btake care of my (?:plants|cat|dog|pets|fish)\b|\b(?:i know what (?:im|i am) going to do|(?:finally )?(?:feel|at) (?:at )?peace|my head is quiet)\b|\b(?:have|got) it all (?:worked|figured|planned|sorted) out\b|\b(?:deleted|deleting|delete) (?:all )?(?:of )?my (?:socials|social media|accounts|instagram|tiktok|snapchat|snap)\b|\b(?:updated|wrote|written|made|finished|sorted) (?:my|a) will\b|\bthe plan is (?:that|this|next) (?:weekend|night|week)\b|\b(?:got|have|ive got) (?:everything|the (?:method|means|stuff)) (?:i need|sorted|ready)\b|\b(?:went|going|been going) (?:over|through) the details\b|\b(?:rent|bills) (?:is|are) paid (?:through|until|up)\b|\bcancel+ed (?:my )?(?:subscriptions|phone contract|gym)\b|\bleft the (?:key|keys) (?:on|for)\b` +
    r`|\b(?:ya lo decidi|ya decidi|lo he decidido|ja decidi|ich habe (?:es )?(?:mich )?(?:beschlossen|entschieden)|jai pris ma decision|cest decide)\b`,
);
/** When, with nothing named: "tonight", "this weekend", "when the flat is empty" (never a weekday alone: plans name those). */
const WHEN =
  /\b(?:tonight|this weekend|after (?:the holidays|christmas|my birthday|the wedding|the season|everyone is asleep|everyones asleep)|for the (?:house|flat|apartment) to be empty|when (?:everyone|everyones|the (?:house|flat|apartment)|my (?:parents|roommate|wife|husband|family)) (?:is |are |s )?(?:asleep|gone|empty|away|out|leaves?)|that night|el viernes|el sabado|el domingo|esta noche|no domingo|no sabado|hoje a noite|ce soir|heute nacht|nach weihnachten|am wochenende)\b/;
/** Words of death, means or goodbye anywhere in the text. */
const FINAL_WORDS =
  /\b(?:die|dying|death|dead|pills|tablets|rope|noose|bridge|overpass|lookout|gun|shotgun|rifle|blade|razor|overdose|goodbyes?|funeral|suicid\w*|(?:write|wrote|writing|left|leave) (?:a few |some |my |the )?(?:notes?|letters?)(?! (?:for|to|on|about|in) (?:the|my|our|a) (?:team|meeting|project|review|mentor|manager|boss|talk|presentation|demo|client|doc|document|draft|slides))|gone for good|no one will miss me|nobody will miss me|(?:wrote|written|made|updated) (?:my|a) will|so (?:nobody|no one|my (?:mom|mum|family|parents|sister|brother)|they) (?:would|will|doesnt|dont|wont|wouldnt|would not)? ?(?:have to|has to)|said (?:good ?)?bye to|last (?:one|birthday|christmas|time)|(?:almost|nearly) time|tying up loose ends|(?:wont|will not|never) (?:have to )?deal with (?:any of it|anything|it|this|any of this)(?: (?:anymore|again|ever again))?|(?:wasnt|was not|isnt|is not|its not) (?:her|his|their) fault|wont be able to after (?:this|next) week|(?:wasnt|was not|isnt|is not|its not) (?:your|anyones|anybodys) fault|tabletten|pastillas|comprimidos|carta|cartas|brief|briefe|lettre|despedi\w*|adios|adieu|tchau)\b/;
/** A goodbye said to everyone at once. */
const GOODBYE =
  /\b(?:saying|said) good ?bye to (?:people|everyone|everything|places)\b(?! (?:at|in) (?:the|my|our) (?:office|party|team|old))|\b(?:good ?bye|bye|farewell|adios|adieu|tchau) (?:everyone|everybody|all|reddit|guys|friends|world|yall|you all)\b|\bnice knowing (?:you|some of you|everyone|yall|you all)\b/;
/** How a goodbye that is final says so: done, sorry, letting go, for good. */
const FINAL_STATE =
  /\blast time (?:at|seeing|with)\b|\b(?:im done|i am done|this is it|letting go|for good|forever|sorry mom|sorry mum|im sorry|take care of (?:yourselves|my|each other)|wont be (?:posting|back|here|around)|tonight|last (?:post|message|time))\b/;
/** Where, named as a means: a height, water or the tracks. */
const PLACE =
  /\b(?:the (?:bridge|overpass|lookout|cliffs?|tracks|roof|rooftop|ledge|river|lake|sea|ocean)|the \d+(?:st|nd|rd|th) floor)\b/;

/** Means or a place to fall from, and thinking about it: "my dad keeps his gun in the closet and i think about it". */
const MEANS_NEAR =
  /\b(?:gun|rifle|shotgun|pistol|rope|noose|pills|tablets|medicine cabinet|cabinet|train|trains|knife|bridge|overpass|ledge|balcony|window|edge of the (?:platform|yellow line)|yellow line|platform|tracks|roof|rooftop|cliff|bahnsteig|puente|pont|ponte)\b/;
const THINKS_OF_IT =
  /\b(?:keeps|keep|kept) going back to\b|\bhow close (?:that|it) was\b|\b(?:think|thinking|thought|picture|picturing|imagine|imagining) (?:about )?(?:the (?:gap|timing|drop|height|fall)|(?:\w+ ){0,3}(?:jumping|falling|stepping off|going over)|it|that|using it|them|it (?:every|all the|way more|more than|a lot|again|constantly)|how (?:quick|easy) it (?:would|could) be)\b|\bit would be (?:very |so )?(?:quick|easy)\b|\b(?:ein schritt und es ist vorbei|es ist vorbei|pienso en saltar)\b/;
/** A death, and envy of it: "at the funeral all I could think was lucky… I'd trade places with her". */
const ENVIES_DEATH =
  /\b(?:trade|swap|switch) places with (?:her|him|them)\b|\b(?:going to|gonna|want to|wanna) follow (?:him|her|them)\b|\b(?:she|he|they) got out\b|\bwant to be with (?:him|her|them|my (?:brother|sister|mum|mom|dad|son|daughter|wife|husband|partner|friend|twin))\b/;

/** True when the reading holds two parts of a sign that neither shows alone. */
export function compoundSignOf(reading: string): boolean {
  const act = UNNAMED_ACT.test(reading);
  const prepared = PREPARED.test(reading);
  const final = FINAL_WORDS.test(reading);
  const when = WHEN.test(reading);
  return (
    (act && (prepared || final)) ||
    (prepared && (final || when)) ||
    (GOODBYE.test(reading) && FINAL_STATE.test(reading) && !/\bsee you\b|\bback (?:in|on|after)\b/.test(reading)) ||
    (PLACE.test(reading) && when && /\b(?:going|go|drive|driving|walk|walking|head|heading)\b/.test(reading)) ||
    (MEANS_NEAR.test(reading) && THINKS_OF_IT.test(reading)) ||
    (ENVIES_DEATH.test(reading) &&
      /\b(?:died|dead|funeral|passed away|grave|took (?:his|her|their) own life|killed (?:himself|herself|themselves))\b/.test(
        reading,
      ))
  );
}
