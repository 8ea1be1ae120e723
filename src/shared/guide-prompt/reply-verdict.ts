// The verdict on a model's whole reply, the same for every model (Gemini behind the server, the browser's own): the
// model's risk judgement and the crisis marker first (they win even over a reply cut off after them), then whether
// the reply is usable, then the safety gate on the model's own words. Callers turn a verdict into what is shown.
import { guideSafety, mentionsHarm } from '../safety';
import { hasCrisisMarker } from './crisis-marker';
import { readJudgement } from './guide-judgement';

export type ReplyVerdict =
  /** The model judged it a crisis or wrote the crisis marker: the safety message. */
  | { kind: 'crisis' }
  /** The model judged it a care text: the human-written care answer. */
  | { kind: 'care' }
  /** Cut off, empty, or not the shape asked for: the built-in guide answers. */
  | { kind: 'unusable' }
  /** The model's own words speak of death, harm or methods: never shown, the safety message instead. */
  | { kind: 'speaks-of-harm' }
  /** The model's words use a word of harm ("it sounds painful"): the built-in guide, which never does, answers. */
  | { kind: 'harm-word' }
  | { kind: 'reply'; text: string };

export interface VerdictOptions {
  /** Whether the model finished its reply (false when it stopped for a token limit or a safety filter). */
  finished?: boolean;
  /** An update is the person's own draft tightened: their words of harm are theirs to send, so only speech of harm counts. */
  allowHarmWords?: boolean;
}

export function judgeReply(
  raw: string,
  usable: (reply: string) => string | undefined,
  { finished = true, allowHarmWords = false }: VerdictOptions = {},
): ReplyVerdict {
  const judgement = readJudgement(raw);
  if (hasCrisisMarker(raw) || judgement.risk === 'crisis') return { kind: 'crisis' };
  if (judgement.risk === 'care') return { kind: 'care' };
  const text = finished ? usable(judgement.reply) : undefined;
  if (text === undefined) return { kind: 'unusable' };
  if (guideSafety(text) !== 'coach') return { kind: 'speaks-of-harm' };
  if (!allowHarmWords && mentionsHarm(text)) return { kind: 'harm-word' };
  return { kind: 'reply', text };
}
