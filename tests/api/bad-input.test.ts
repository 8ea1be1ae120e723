// Every POST/PUT endpoint with a body, against every way a body can be wrong: not JSON by Content-Type (415),
// too slow (408), too large (413), unreadable or invalid (400). Each answer is a JSON error whose message is a
// sentence, and nothing is stored.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import aiFollowUp from '../../netlify/functions/ai-follow-up.mts';
import aiSummary from '../../netlify/functions/ai-summary.mts';
import entries from '../../netlify/functions/entries.mts';
import shares from '../../netlify/functions/shares.mts';
import { findPromptSet } from '../../src/shared/schemas/prompt-sets';
import { call, errorOf, newId, newOwnerToken, putJson, withEnv, type Handler } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { opaquePayload } from './harness/ciphertext';

const blobsOf = useLocalBlobs({ beforeAll, afterAll });
// No Gemini key: a body that gets through is answered by the built-in guide, and nothing leaves the machine.
let restoreEnv = () => {};
beforeEach(() => {
  restoreEnv = withEnv({ GEMINI_API_KEY: undefined, BODY_TIMEOUT_MS: '300' });
});
afterEach(() => restoreEnv());

const set = findPromptSet('after-the-meeting')!;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

interface Endpoint {
  name: string;
  handler: Handler;
  method: 'PUT' | 'POST';
  /** The path and headers of one request, after any setup it needs (an existing entry for an update). */
  target(): Promise<{ path: string; headers: Record<string, string> }>;
  valid(): unknown;
  okStatus: number;
  maxKb: number;
}

const endpoints: Endpoint[] = [
  {
    name: 'PUT /api/entries/:id (create)',
    handler: entries,
    method: 'PUT',
    target: async () => ({
      path: `/api/entries/${newId()}`,
      headers: { ...auth(newOwnerToken()), 'if-none-match': '*' },
    }),
    valid: () => opaquePayload(),
    okStatus: 201,
    maxKb: 256,
  },
  {
    name: 'PUT /api/entries/:id (update)',
    handler: entries,
    method: 'PUT',
    target: async () => {
      const id = newId();
      const token = newOwnerToken();
      expect(
        (await putJson(entries, `/api/entries/${id}`, opaquePayload(), { ...auth(token), 'if-none-match': '*' }))
          .status,
      ).toBe(201);
      return { path: `/api/entries/${id}`, headers: { ...auth(token), 'if-match': '"1"' } };
    },
    valid: () => opaquePayload(),
    okStatus: 200,
    maxKb: 256,
  },
  {
    name: 'PUT /api/shares/:id',
    handler: shares,
    method: 'PUT',
    target: async () => ({
      path: `/api/shares/${newId()}`,
      headers: { ...auth(newOwnerToken()), 'if-none-match': '*' },
    }),
    valid: () => ({ ...opaquePayload(), expiresInDays: 7 }),
    okStatus: 201,
    maxKb: 64,
  },
  {
    name: 'POST /api/ai/follow-up',
    handler: aiFollowUp,
    method: 'POST',
    target: async () => ({ path: '/api/ai/follow-up', headers: {} }),
    valid: () => ({
      setId: set.id,
      promptId: set.prompts[0]!.id,
      answer: 'The meeting went well and I want to follow up on one point.',
    }),
    okStatus: 200,
    maxKb: 64,
  },
  {
    name: 'POST /api/ai/summary',
    handler: aiSummary,
    method: 'POST',
    target: async () => ({ path: '/api/ai/summary', headers: {} }),
    valid: () => ({
      setId: set.id,
      answers: [{ promptId: set.prompts[0]!.id, answer: 'I asked for feedback on the launch plan.' }],
    }),
    okStatus: 200,
    maxKb: 64,
  },
];

const bytes = (text: string) => new TextEncoder().encode(text);
/** A body that sends its first bytes and then never finishes. */
const stalledBody = () =>
  new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(bytes('{"v": 2, ')) });
/** A body sent in chunks without a Content-Length, so only counting what arrives can catch its size. */
const chunkedBody = (total: number) => {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull: (controller) => {
      if (sent >= total) return controller.close();
      controller.enqueue(bytes(sent === 0 ? '{"pad": "' : 'x'.repeat(16_384)));
      sent += 16_384;
    },
  });
};

type BodyCase = [
  name: string,
  contentType: string | null,
  body: () => BodyInit,
  status: number,
  code: RegExp,
  extraHeaders?: Record<string, string>,
];
const bodyCases = (endpoint: Endpoint): BodyCase[] => [
  [
    'text/plain (what any web page can send without a preflight)',
    'text/plain;charset=UTF-8',
    () => JSON.stringify(endpoint.valid()),
    415,
    /unsupported_media_type/,
  ],
  ['no Content-Type', null, () => bytes(JSON.stringify(endpoint.valid())), 415, /unsupported_media_type/],
  ['a form', 'application/x-www-form-urlencoded', () => 'a=1', 415, /unsupported_media_type/],
  ['multipart', 'multipart/form-data; boundary=x', () => '--x--', 415, /unsupported_media_type/],
  ['a look-alike type', 'application/jsonp', () => JSON.stringify(endpoint.valid()), 415, /unsupported_media_type/],
  [
    'JSON in another charset',
    'application/json; charset=iso-8859-1',
    () => JSON.stringify(endpoint.valid()),
    415,
    /unsupported_media_type/,
  ],
  ['a body that never finishes', 'application/json', stalledBody, 408, /request_timeout/],
  [
    `a declared Content-Length over ${endpoint.maxKb} KB`,
    'application/json',
    () => stalledBody(),
    413,
    /payload_too_large/,
    { 'content-length': String(endpoint.maxKb * 1024 + 1) },
  ],
  [
    `a chunked body over ${endpoint.maxKb} KB`,
    'application/json',
    () => chunkedBody(endpoint.maxKb * 1024 + 40_000),
    413,
    /payload_too_large/,
  ],
  ['text that is not JSON', 'application/json', () => 'not json', 400, /invalid_json/],
  ['an empty body', 'application/json', () => '', 400, /invalid_json/],
  ['bytes that are not UTF-8', 'application/json', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 400, /invalid_json/],
  ['JSON that is not an object', 'application/json', () => '[1, 2]', 400, /invalid_request/],
  [
    'an unknown field',
    'application/json',
    () => JSON.stringify({ ...(endpoint.valid() as object), extra: 'readable text' }),
    400,
    /invalid_request/,
  ],
];

async function send(
  endpoint: Endpoint,
  target: { path: string; headers: Record<string, string> },
  contentType: string | null,
  body: BodyInit,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const { path, headers } = target;
  const init: RequestInit & { duplex?: 'half' } = {
    method: endpoint.method,
    headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}), ...extraHeaders },
    body,
    duplex: 'half',
  };
  return call(endpoint.handler, path, init);
}

const storedFiles = async () => (await blobsOf().allFiles()).length;

describe.each(endpoints)('$name', (endpoint) => {
  it.each(bodyCases(endpoint))(
    'refuses %s: a 4xx whose message is a sentence, and nothing stored',
    async (_name, contentType, body, status, code, extraHeaders) => {
      const target = await endpoint.target();
      const before = await storedFiles();
      const response = await send(endpoint, target, contentType, body(), extraHeaders);
      expect(response.status).toBe(status);
      const error = await errorOf(response);
      expect(error.code).toMatch(code);
      expect(error.message).toMatch(/^[A-Z].*[.!?]$/);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(await storedFiles()).toBe(before);
    },
  );

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])(
    'accepts %s',
    async (contentType) => {
      const response = await send(endpoint, await endpoint.target(), contentType, JSON.stringify(endpoint.valid()));
      expect(response.status).toBe(endpoint.okStatus);
      await response.body?.cancel();
    },
  );
});

describe('journal and share bodies that are JSON but not valid', () => {
  const payload = opaquePayload();
  it.each([
    ['a payload version the server does not know', { ...payload, v: 3 }, /v must be 1 or 2/],
    ['a missing iv', { v: 2, ciphertext: payload.ciphertext }, /iv is required/],
    ['a short iv', { ...payload, iv: 'abc' }, /iv must be 16/],
    [
      'ciphertext that is not base64url',
      { ...payload, ciphertext: `not base64 at all!!${'x'.repeat(10)}` },
      /ciphertext must be base64url/,
    ],
    ['plaintext beside the ciphertext', { ...payload, summary: 'readable' }, /summary/],
  ])('refuses an entry with %s (400) and stores nothing', async (_name, body, message) => {
    const before = await storedFiles();
    const response = await putJson(entries, `/api/entries/${newId()}`, body, {
      ...auth(newOwnerToken()),
      'if-none-match': '*',
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(message);
    expect(await storedFiles()).toBe(before);
  });

  it.each([
    ['an unsupported expiry', { ...payload, expiresInDays: 3 }, /expiresInDays must be 1, 7 or 30/],
    ['no expiry', payload, /expiresInDays/],
  ])('refuses a share with %s (400) and stores nothing', async (_name, body, message) => {
    const before = await storedFiles();
    const response = await putJson(shares, `/api/shares/${newId()}`, body, {
      ...auth(newOwnerToken()),
      'if-none-match': '*',
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(message);
    expect(await storedFiles()).toBe(before);
  });
});
