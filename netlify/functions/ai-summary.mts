import type { Config, Context } from '@netlify/functions';
import { AI_REQUEST_MAX_BYTES, SummaryRequestSchema } from '../../src/shared/schemas/ai';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';
import { guideResponse, summaryReply } from '../lib/ai/coach';
import { limitAiRequests } from '../lib/ai/ai-rate-limit';
import { HttpError, errorResponse, parseWith, requireMethod } from '../lib/http';
import { readJsonBody } from '../lib/request-body';

/** The first promptId that appears twice: two answers to one prompt would reach the AI as one muddled answer. */
function firstDuplicatePrompt(answers: readonly { promptId: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { promptId } of answers) {
    if (seen.has(promptId)) return promptId;
    seen.add(promptId);
  }
  return undefined;
}

/** POST /api/ai/summary: the end-of-reflection summary in five fixed sections, streamed as text. */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    requireMethod(req, 'POST');
    limitAiRequests('summary', context);
    // The body cap (AI_REQUEST_MAX_BYTES) is also the cap on everything this request can send to the AI.
    const request = parseWith(SummaryRequestSchema, await readJsonBody(req, AI_REQUEST_MAX_BYTES));
    const duplicate = firstDuplicatePrompt(request.answers);
    if (duplicate !== undefined) {
      throw new HttpError(
        400,
        'duplicate_prompt',
        `answers: the prompt "${duplicate}" appears more than once; send one answer per prompt.`,
      );
    }
    const set = findPromptSet(request.setId);
    if (!set) throw new HttpError(404, 'unknown_set', `There is no reflection called "${request.setId}".`);
    const unknown = request.answers.find((a) => !set.prompts.some((p) => p.id === a.promptId));
    if (unknown) {
      throw new HttpError(
        404,
        'unknown_prompt',
        `The reflection "${request.setId}" has no prompt called "${unknown.promptId}".`,
      );
    }
    return guideResponse(await summaryReply(set, request, { signal: req.signal }));
  } catch (error) {
    return errorResponse(error, 'ai-summary');
  }
};

export const config: Config = {
  path: '/api/ai/summary',
  // aggregateBy must be an array: a bare string is ignored.
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
