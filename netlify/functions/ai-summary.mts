import type { Config, Context } from '@netlify/functions';
import { AI_REQUEST_MAX_BYTES, SummaryRequestSchema } from '../../src/shared/schemas/ai';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';
import { guideResponse, summaryReply } from '../lib/ai/coach';
import { HttpError, errorResponse, parseWith, readJsonBody, requireMethod } from '../lib/http';

/** POST /api/ai/summary: the end-of-reflection summary in five fixed sections, streamed as text. */
export default async (req: Request, _context: Context): Promise<Response> => {
  try {
    requireMethod(req, 'POST');
    const request = parseWith(SummaryRequestSchema, await readJsonBody(req, AI_REQUEST_MAX_BYTES));
    const set = findPromptSet(request.setId);
    if (!set) throw new HttpError(404, 'unknown_set', `There is no reflection called "${request.setId}".`);
    const unknown = request.answers.find((a) => !set.prompts.some((p) => p.id === a.promptId));
    if (unknown) {
      throw new HttpError(404, 'unknown_prompt', `The reflection "${request.setId}" has no prompt called "${unknown.promptId}".`);
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
