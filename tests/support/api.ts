// Helpers for calling the real function handlers the way Netlify does: a Request in, a Response out.
import type { Context } from '@netlify/functions';

export type Handler = (req: Request, context: Context) => Promise<Response>;

/** The handlers read nothing from the context; an empty one keeps the call honest about that. */
const context = {} as Context;

export function call(handler: Handler, path: string, init: RequestInit = {}): Promise<Response> {
  return handler(new Request(`http://localhost${path}`, init), context);
}

export function postJson(handler: Handler, path: string, body: unknown): Promise<Response> {
  return call(handler, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Reads an error response and returns its code and message, checking the shape on the way. */
export async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string') {
    throw new Error(`not an error body: ${JSON.stringify(body)}`);
  }
  return { code: body.error.code, message: body.error.message };
}

/** Sets environment variables for one test; the returned function puts the old values back. */
export function withEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
