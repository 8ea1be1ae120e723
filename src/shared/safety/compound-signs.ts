// Warning signs that only show in two parts, often sentences apart in a long answer: "Everything is ready. I'm
// gonna do it", "I'll do it next week after I write a few notes". Either part alone is ordinary ("Everything is
// ready for the launch", "I'm going to do it"), so one part is never enough. Matched on the plain reading.

const r = String.raw;
/** An act with nothing named: "I'm gonna do it", "I'll finally do it tonight", "go through with it". */
const UNNAMED_ACT = new RegExp(r`\b(?:gonna|going to|will|ill|im doing|doing|ready to|about to|want to|wanna|need to|have to|gotta|finally|just|decided to|time to) (?:finally |just |actually |really )?(?:do it|do this|go through with it)\b(?! (?:with|for|myself|ourselves|again|right|well|better|differently|properly|together|first|later in|on (?:the|my|our) (?:own|team|laptop)|at (?:work|the office)|in (?:the|my|our) (?:meeting|review|team|office)))|\b(?:gonna|going to|will|ill) (?:finally |just )?(?:do it|go through with it) (?:tonight|tomorrow|this weekend|soon|this week|next week|when|after|before|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`);
/** Preparations said with nothing named: "everything is ready", "I have everything I need". */
const PREPARED = /\b(?:everything is|its all|all is|everythings) (?:ready|set|planned|in place|sorted|arranged|prepared|done)\b(?! (?:for|to|by|on|at|in|before|with))|\bi (?:have|got|ve got) everything (?:i need|ready|planned|sorted)\b(?! (?:for|to))|\bi (?:have|got|made|ve made|ve got) (?:a|my|the) plan\b(?! (?:for|to|on|about|with|b\b))/;
/** Words of death, means or goodbye anywhere in the text. */
const FINAL_WORDS = /\b(?:die|dying|death|dead|pills|rope|noose|bridge|gun|blade|razor|overdose|goodbyes?|funeral|suicid\w*|(?:write|wrote|writing|left|leave) (?:a few |some |my |the )?(?:notes|letters)(?! (?:for|to|on|about|in) (?:the|my|our|a) (?:team|meeting|project|review|mentor|manager|boss|talk|presentation|demo|client|doc|document|draft|slides))|gone for good|no one will miss me|nobody will miss me)\b/;

/** True when the reading holds two parts of a sign that neither shows alone. */
export function compoundSignOf(reading: string): boolean {
  const act = UNNAMED_ACT.test(reading);
  const prepared = PREPARED.test(reading);
  const final = FINAL_WORDS.test(reading);
  return (act && (prepared || final)) || (prepared && final);
}
