// What the AI guide is told when it tightens an update for a mentor: shorten and clarify the person's own words,
// keep the three headings, add nothing. The draft goes inside <journal> tags like every answer (see src/shared/guide-prompt/prompt-builder.ts).
import type { UpdateRequest } from '../../../src/shared/schemas/ai';
import { UPDATE_SECTIONS } from '../../../src/shared/update-format';
import { SHARED_RULES, TONE_RULES, asData, type GuidePrompt } from '../../../src/shared/guide-prompt';

export function buildUpdatePrompt(request: UpdateRequest): GuidePrompt {
  const headings = UPDATE_SECTIONS.map((s) => `## ${s.title}`).join('\n');
  const systemInstruction = `${SHARED_RULES}
${TONE_RULES[request.tone]}
Your task: tighten this update, which the person wrote to send to their mentor. Only shorten and clarify their own words.
Keep every fact, commitment, note and question they wrote. Add nothing they did not write: no advice, no praise, no new facts, no greeting and no sign-off.
Keep exactly these three headings, in English, in this order, each on its own line:
${headings}
Keep "- " bullets as bullets. Keep it in the first person, as the person wrote it.
Reply with the tightened update alone.`;
  return {
    systemInstruction,
    parts: ['An update for my mentor, to tighten:', `<journal>\n${asData(request.draft)}\n</journal>`],
    answerTokens: 2_400,
  };
}
