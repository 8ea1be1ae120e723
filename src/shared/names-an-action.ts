// Whether an intention names what it will act on. "I will send her the proposal on Tuesday" does; "I'm gonna do it",
// "I will end it", "going to go through with it next week" and "I'll take them all on Friday" do not. Only an
// intention that names its object becomes a plan the guide asks about (when, the first step, what gets in the way)
// or a next step in a summary: asking "When do you think you will do it?" of an act nobody named can be the worst
// question there is.

/** Words that name nothing: pronouns, light verbs, times, fillers and little words. */
const NAMES_NOTHING = new Set(
  [
    'it this that these those them they him her he she me you us we one ones all both each either some any something anything everything nothing things stuff thing',
    'do doing does did done go going gone get getting got make making be being been have having try trying take taking end ending finish finishing start starting stop keep put just',
    'gonna gotta wanna going to finally actually really definitely probably maybe eventually soon later again too also then now tonight today tomorrow once more ever never',
    'next last this week weeks month months year years day days night nights weekend morning evening time times while',
    'monday tuesday wednesday thursday friday saturday sunday',
    'through with about for of on in at up out over off by before after until into onto from the a an and or but so if when as my your our their his its own myself yourself',
  ]
    .join(' ')
    .split(' '),
);

/** True when the words after an intention ("send her the proposal on Tuesday") name what the act is about. */
export function namesAnAction(afterIntent: string): boolean {
  const words =
    afterIntent
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  // The first word is the verb ("send", "do"); a plan also names its object or topic in the words after it.
  return words.slice(1).some((word) => word.length >= 3 && !NAMES_NOTHING.has(word.replace(/'s$/, '')));
}
