// Words the guide never says back to a person, in any answer, whatever kind it is: death, dying, killing, harm,
// means, goodbyes and despair, and the idioms built from them ("this migration is killing me"). The built-in guide
// quotes and summarises only sentences without them, and never turns one into a plan. Broader than the care
// patterns on purpose: leaving an ordinary sentence unquoted costs nothing, quoting "the pills" back costs a lot.
import { crisisReadings } from './normalise';

const HARM_WORDS = new RegExp(
  [
    String.raw`\b(?:die|dies|died|dying|dead|death|deaths|deadly|kill\w*|murder\w*|suicid\w*|unaliv\w*|kms|sewer ?slide)\b`,
    String.raw`\b(?:harm\w*|hurt(?:s|ing)? (?:myself|my ?self|ourselves|themselves|himself|herself|yourself|someone|people|him|her|them|anyone|others)|injur\w*|mutilat\w*|cut(?:s|ting)? (?:myself|my (?:arms?|legs?|wrists?|skin|thighs?))|scars?|blood|bleed\w*|wounds?|wrists?|veins?)\b`,
    String.raw`\b(?:pills?|tablets?|meds|medication|painkillers|overdos\w*|od|noose|ropes?|hang(?:ing|ed)?|bridges?|ledge|roof ?tops?|cliffs?|jump\w*|knife|knives|blades?|razors?|guns?|pistol|shoot\w*|weapons?|poison\w*|drown\w*|suffocat\w*|train tracks)\b`,
    String.raw`\b(?:funeral|graves?|coffin|obituary|eulogy|good ?byes?|farewell|last (?:note|letter|words|post|message)|notes? to|letters? to|affairs in order|giv(?:e|ing) away|gave away)\b`,
    String.raw`\b(?:burden|better off|without me|no way out|escape|point (?:of|in) (?:living|life|going on|being alive)|disappear\w*|vanish|pain\w*|suffer\w*|hopeless\w*|worthless|useless|numb|empty inside|give up|giving up|gave up|end (?:it|things|everything|my|this)|ending (?:it|things|everything|my)|not (?:be )?here|not (?:be )?around|wake up|sleep forever|live for|alive|stop existing|not exist|crave|craving|the void|gone|go through with it)\b`,
    String.raw`\b(?:morir\w*|muert\w*|matar\w*|mato|suicid\w*|mourir|mort|morte|morts|tuer|tue|sterben|tod|tot|umbring\w*|morrer|vida|vie|leben|carga|fardeau|cortar\w*|ritz\w*|autolesion\w*|automutila\w*)\b`,
  ].join('|'),
);

/** True when a text holds any word of death, harm, means, goodbye or despair, however it is spelled. */
export function mentionsHarm(text: string): boolean {
  return crisisReadings(text).some((reading) => HARM_WORDS.test(reading));
}
