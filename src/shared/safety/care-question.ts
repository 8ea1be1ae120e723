// Picks the care question for an answer: the same answer always gets the same one, and none asked already for this
// prompt is asked again.
import { CARE_QUESTIONS } from './messages';

function stableHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash;
}

/** One of the care questions, not one of `asked`. */
export function careQuestion(answer: string, asked: readonly string[] = []): string {
  const start = stableHash(answer) % CARE_QUESTIONS.length;
  for (let i = 0; i < CARE_QUESTIONS.length; i++) {
    const question = CARE_QUESTIONS[(start + i) % CARE_QUESTIONS.length]!;
    if (!asked.includes(question)) return question;
  }
  return CARE_QUESTIONS[start]!;
}
