// Reads the model's reply while it is still being written. The guide asks for a JSON object, {"risk": …, "reply": …}
// (src/shared/guide-prompt/guide-judgement.ts), so the words to show are inside a JSON string that is not closed yet;
// this decodes as much of it as has arrived, and the risk judgement once it is there. Text that is not JSON is read
// as a plain reply, as readJudgement reads it at the end.
import { MODEL_RISKS, type ModelRisk } from '../../shared/guide-prompt';

export interface PartialReply {
  /** The model's judgement, once it has been written (undefined before, or for a plain-text reply). */
  risk: ModelRisk | undefined;
  /** The reply's text so far, decoded. */
  reply: string;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** Decodes a JSON string body from `start` up to its closing quote or, while it is unfinished, as far as it goes. */
function decodeFrom(raw: string, start: number): string {
  let out = '';
  for (let i = start; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === '"') break;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) break; // an escape cut in two: wait for the rest
    if (next === 'u') {
      const hex = raw.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += ESCAPES[next] ?? next;
    i += 1;
  }
  // A surrogate pair cut in two shows nothing of it yet.
  return /[\uD800-\uDBFF]$/.test(out) ? out.slice(0, -1) : out;
}

export function readPartialReply(raw: string): PartialReply {
  const body = raw.replace(/^\s*(?:```(?:json)?\s*)?/, '');
  if (!body.startsWith('{')) return { risk: undefined, reply: body.length > 0 ? raw : '' };
  const risk = /"risk"\s*:\s*"([a-z]+)"/.exec(body)?.[1];
  const replyKey = /"reply"\s*:\s*"/.exec(body);
  return {
    risk: (MODEL_RISKS as readonly string[]).includes(risk ?? '') ? (risk as ModelRisk) : undefined,
    reply: replyKey ? decodeFrom(body, replyKey.index + replyKey[0].length) : '',
  };
}
