// HTTP helpers shared by every function: one error shape, the headers every API answer carries, schema checks.
// Reading a request body (content type, size and time limits) is in request-body.ts.
import type { z } from 'zod';

export interface ApiErrorBody {
  error: { code: string; message: string };
}

/**
 * Headers every API answer carries: nothing is cached, nothing is sniffed, and an answer opened as a page can
 * run nothing and be framed by nobody (the site's own CSP in netlify.toml is for pages, not for JSON).
 */
export const API_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

/** A JSON error in the one shape every endpoint uses: `{ error: { code, message } }`, the message a sentence. */
export function jsonError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
}

/** An error meant for the client: its status, code and message are safe to send as they are. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra headers, e.g. Allow on a 405. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toResponse(): Response {
    return jsonError(this.status, this.code, this.message, this.headers);
  }
}

/** Rejects any method but the expected one with a 405. */
export function requireMethod(req: Request, method: string): void {
  if (req.method !== method) {
    throw new HttpError(405, 'method_not_allowed', `Use ${method} for this endpoint, not ${req.method}.`, {
      Allow: method,
    });
  }
}

/**
 * Checks a value against a schema. The first problem becomes the message, as a sentence that says where it is
 * (e.g. "Check answers.2.answer: answer is longer than 4000 characters."). Over-long text is a 413, the rest a 400.
 */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the request';
  const problem = (issue?.message ?? 'the request body is not valid').replace(/[.\s]+$/, '');
  const tooLong = /longer than/.test(problem);
  throw new HttpError(
    tooLong ? 413 : 400,
    tooLong ? 'payload_too_large' : 'invalid_request',
    `Check ${where}: ${problem}.`,
  );
}

/** Turns anything thrown in a handler into a response: HttpErrors as they are, the rest as a logged 500. */
export function errorResponse(error: unknown, context: string): Response {
  if (error instanceof HttpError) return error.toResponse();
  // Log the error class and message only: request bodies (journal text) are never logged.
  console.error(`${context}: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}`);
  return jsonError(
    500,
    'internal_error',
    'Something went wrong on our side. Your writing is still saved on this device; try again in a moment.',
  );
}

/** The path segment after `prefix` (e.g. the id in /api/entries/<id>), or undefined for the collection. */
export function pathId(req: Request, prefix: string): string | undefined {
  const rest = new URL(req.url).pathname.slice(prefix.length).replace(/^\/+|\/+$/g, '');
  // Not decoded: ids are base64url, so anything percent-encoded cannot be one (and bad escapes must not throw).
  return rest === '' ? undefined : rest;
}

/** A JSON answer (success, or an error with extra fields) with the API's standard headers. */
export function jsonOk(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
}

/** An answer without a body (204, 304) that still carries the API's standard headers. */
export function emptyResponse(status: 204 | 304, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...API_HEADERS, ...headers } });
}
