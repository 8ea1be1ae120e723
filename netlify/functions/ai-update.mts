// POST /api/ai/update: the person's draft update for their mentor, tightened by the AI guide when there is a key,
// or returned unchanged (x-guide-fallback says why). Read whole before answering, like the summary.
import type { Config, Context } from '@netlify/functions';
import { AI_REQUEST_MAX_BYTES, UpdateRequestSchema } from '../../src/shared/schemas/ai';
import { guideResponse, updateReply } from '../lib/ai/coach';
import { limitAiRequests } from '../lib/ai/ai-rate-limit';
import { errorResponse, parseWith, requireMethod } from '../lib/http';
import { readJsonBody } from '../lib/request-body';

export default async (req: Request, context: Context): Promise<Response> => {
  try {
    requireMethod(req, 'POST');
    limitAiRequests('summary', context);
    const request = parseWith(UpdateRequestSchema, await readJsonBody(req, AI_REQUEST_MAX_BYTES));
    return guideResponse(await updateReply(request, { signal: req.signal }));
  } catch (error) {
    return errorResponse(error, 'ai-update');
  }
};

export const config: Config = {
  path: '/api/ai/update',
  // aggregateBy must be an array: a bare string is ignored.
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
