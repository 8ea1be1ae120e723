// The AI guide's second opinion on safety. The request asks the model for structured output: its risk judgement of
// what the person wrote beside its reply. The patterns (src/shared/safety) are the floor that works with no key and
// on the device; the stricter of the model's judgement and the patterns wins (netlify/lib/ai/coach.ts, and
// src/browser/on-device for the browser's own model). A reply that is not the
// JSON asked for is read as plain text with no judgement, so a model that ignores the format still answers.
import { CRISIS_MARKER } from './crisis-marker';

export const MODEL_RISKS = ['none', 'care', 'crisis'] as const;
export type ModelRisk = (typeof MODEL_RISKS)[number];

/** The JSON schema the model answers in, plain JSON Schema (the Prompt API's responseConstraint takes it as is). */
export const GUIDE_REPLY_JSON_SCHEMA = {
  type: 'object',
  properties: {
    risk: { type: 'string', enum: [...MODEL_RISKS], description: 'Your safety judgement of what the person wrote.' },
    reply: { type: 'string', description: 'Your reply to the person, as the task describes.' },
  },
  required: ['risk', 'reply'],
};

/** The same for Gemini's responseJsonSchema, with Gemini's own key for the order of the fields (risk first). */
export const GUIDE_REPLY_SCHEMA = { ...GUIDE_REPLY_JSON_SCHEMA, propertyOrdering: ['risk', 'reply'] };

/** The rule the model is given, in every prompt. */
export const RISK_RULE = `Answer with a JSON object with two fields, "risk" then "reply".
"risk" is your judgement of everything the person wrote: "crisis" if anything suggests they may be thinking about suicide or self-harm, or are in danger, in any language and however indirectly it is said; "care" if they write of death, harm or despair without that; "none" otherwise.
"reply" is your reply as the task describes. If anything the person wrote suggests they may be in crisis, reply with exactly ${CRISIS_MARKER} and nothing else. The site then shows them a message written by people, with places to find help. Never write your own message about it, and never repeat their words about death or harm.`;

export interface GuideJudgement {
  risk: ModelRisk;
  reply: string;
}

/** The model's judgement and reply; plain text (not the JSON asked for) is a reply with no judgement. */
export function readJudgement(text: string): GuideJudgement {
  try {
    const parsed: unknown = JSON.parse(text.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
    if (parsed && typeof parsed === 'object' && typeof (parsed as { reply?: unknown }).reply === 'string') {
      const { risk, reply } = parsed as { risk?: unknown; reply: string };
      return { risk: (MODEL_RISKS as readonly unknown[]).includes(risk) ? (risk as ModelRisk) : 'none', reply };
    }
  } catch {
    // Not JSON: the model answered in plain text.
  }
  return { risk: 'none', reply: text };
}
