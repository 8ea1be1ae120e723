// Helpers for calling the real function handlers the way Netlify does: a Request in, a Response out.
import { randomBytes } from 'node:crypto';
import type { Context } from '@netlify/functions';
import { startGeminiStub, type GeminiStub } from './gemini-stub';

export type Handler = (req: Request, context: Context) => Promise<Response>;

let lastAddress = 0;
/**
 * The handlers read only `ip` from the context (the per-address limits). Each call comes from a fresh address
 * unless one is given, as from many visitors, so a test of something else never meets a limit; the limit's own
 * tests pass theirs.
 */
const contextFrom = (ip?: string) => ({ ip: ip ?? `2001:db8::${(++lastAddress).toString(16)}` }) as Context;

export function call(handler: Handler, path: string, init: RequestInit = {}, ip?: string): Promise<Response> {
  return handler(new Request(`http://localhost${path}`, init), contextFrom(ip));
}

export function postJson(handler: Handler, path: string, body: unknown, ip?: string): Promise<Response> {
  return call(
    handler,
    path,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    ip,
  );
}

/** Sends `body` as JSON with PUT and the given headers (If-Match, If-None-Match, Authorization, …). */
export function putJson(
  handler: Handler,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call(handler, path, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A fresh 128-bit id in base64url (22 characters), as the browser chooses one for a new entry or share. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** A fresh 256-bit owner token in base64url (43 characters), as the browser chooses one. */
export function newOwnerToken(): string {
  return randomBytes(32).toString('base64url');
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

type Hook<T> = (fn: () => T) => void;

/**
 * For API tests: one Gemini stub for the file, reset before each test (mode "ok", fast chunks, no recorded
 * requests), with the environment pointing the real SDK at it and short timeouts; restored after each test.
 */
export function useGeminiStub(hooks: {
  beforeAll: Hook<Promise<void>>;
  afterAll: Hook<Promise<void>>;
  beforeEach: Hook<void>;
  afterEach: Hook<void>;
}): () => GeminiStub {
  let stub: GeminiStub | undefined;
  let restoreEnv = () => {};
  hooks.beforeAll(async () => {
    stub = await startGeminiStub();
    // A stub that never starts its reply ('hang', 'slow') is only waited out by the first-chunk timeout: a short
    // one keeps those tests quick, and nothing races it, as no chunk ever comes in time. Every other test keeps the
    // long timeouts below, so a busy machine cannot turn a healthy reply into a timeout.
    const setMode = stub.setMode.bind(stub);
    stub.setMode = (mode) => {
      setMode(mode);
      if (mode === 'hang' || mode === 'slow') process.env['GEMINI_TIMEOUT_MS'] = '300';
    };
  });
  hooks.afterAll(async () => {
    await stub?.close();
  });
  hooks.beforeEach(() => {
    if (!stub) return;
    stub.setMode('ok');
    stub.setRisk('none');
    stub.setDelays({ chunkMs: 5 });
    stub.requests.length = 0;
    restoreEnv = withEnv({
      GEMINI_API_KEY: 'test-key',
      GEMINI_BASE_URL: stub.url,
      GEMINI_MODEL: undefined,
      // Far above what a stub's reply takes even on a loaded CI machine (these tests once lost the first reply of
      // a file to a 400 ms timeout there); the tests of the timeouts set their own.
      GEMINI_TIMEOUT_MS: '5000',
      GEMINI_TOTAL_TIMEOUT_MS: '10000',
    });
  });
  hooks.afterEach(() => restoreEnv());
  return () => {
    if (!stub) throw new Error('the Gemini stub is not started yet');
    return stub;
  };
}
