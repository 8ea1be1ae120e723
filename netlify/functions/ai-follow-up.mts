import type { Config, Context } from '@netlify/functions';
import { AI_REQUEST_MAX_BYTES, FollowUpRequestSchema } from '../../src/shared/schemas/ai';
import { findPrompt, findPromptSet } from '../../src/shared/schemas/prompt-sets';
import { followUpReply, guideResponse } from '../lib/ai/coach';
import { limitAiRequests } from '../lib/ai/ai-rate-limit';
import { HttpError, errorResponse, parseWith, requireMethod } from '../lib/http';
import { readJsonBody } from '../lib/request-body';

/** POST /api/ai/follow-up: one follow-up question for an answer, streamed as text. */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    requireMethod(req, 'POST');
    limitAiRequests('follow-up', context);
    const request = parseWith(FollowUpRequestSchema, await readJsonBody(req, AI_REQUEST_MAX_BYTES));
    const set = findPromptSet(request.setId);
    if (!set) throw new HttpError(404, 'unknown_set', `There is no reflection called "${request.setId}".`);
    if (!findPrompt(request.setId, request.promptId)) {
      throw new HttpError(
        404,
        'unknown_prompt',
        `The reflection "${request.setId}" has no prompt called "${request.promptId}".`,
      );
    }
    return guideResponse(await followUpReply(set, request, { signal: req.signal }));
  } catch (error) {
    return errorResponse(error, 'ai-follow-up');
  }
};

export const config: Config = {
  path: '/api/ai/follow-up',
  // aggregateBy must be an array: a bare string is ignored.
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
