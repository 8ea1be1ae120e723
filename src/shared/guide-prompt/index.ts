// The front door of what both models are told and how their replies are read: one prompt builder, one reading of
// the model's risk judgement and crisis marker, one check of a usable reply, for Gemini behind our server and the
// browser's own model alike. Pure text in, text out: no zod, no DOM, no Node.
export { CRISIS_MARKER, hasCrisisMarker } from './crisis-marker';
export {
  GUIDE_REPLY_JSON_SCHEMA,
  GUIDE_REPLY_SCHEMA,
  MODEL_RISKS,
  RISK_RULE,
  readJudgement,
  type GuideJudgement,
  type ModelRisk,
} from './guide-judgement';
export {
  SHARED_RULES,
  TONE_RULES,
  asData,
  buildFollowUpPrompt,
  buildSummaryPrompt,
  type GuidePrompt,
  type GuideSet,
} from './prompt-builder';
export { usableFollowUp, usableSummary, usableUpdate } from './reply-check';
export { judgeReply, type ReplyVerdict, type VerdictOptions } from './reply-verdict';
