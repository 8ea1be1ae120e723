// A local HTTP server that speaks enough of the Gemini REST protocol for the real @google/genai SDK:
// POST /v1[beta]/models/<model>:streamGenerateContent?alt=sse answered with server-sent events.
// Tests script its behaviour with setMode()/setDelays()/setScript()/setRisk(), or from another process with POST
// /__stub/mode ({"mode": "..."}), POST /__stub/delays ({"chunkMs": 40}), POST /__stub/script ({"chunks": [...]}) and
// POST /__stub/risk ({"risk": "care"}). POST /__stub/fail-when ({"contains": "...", "fail": true|false}) makes every request
// whose body holds that text fail with a 500, or stops it: a failure scoped to one test's own words, so the browser
// tests running beside it never meet it (the mode, by contrast, is global). Asked for JSON (responseMimeType), it answers as Gemini does with structured
// output: {"risk": <the judgement set by setRisk, "none" by default>, "reply": <its reply>}; scripted chunks go as written.
// The "thinking" modes behave like Gemini's thinking models: thought tokens count against maxOutputTokens.
// Plain erasable TypeScript so Node 24 can run it directly for the browser tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  chunksOf,
  shapeReply,
  streamShaped,
  stubThinking,
  type ShapedMode,
  type StubBody,
  type StubScript,
} from './gemini-stub-replies.ts';

export { stubThinking, type StubScript } from './gemini-stub-replies.ts';

export type StubMode =
  | 'ok' // streams a scripted reply in several chunks
  | 'status-429' // quota exceeded
  | 'status-500' // upstream error
  | 'hang' // accepts the request and never answers
  | 'slow' // first chunk only after slowMs
  | 'malformed' // a stream whose events are not JSON
  | 'break-midway' // two good chunks, then the connection drops
  | 'empty' // a valid stream with no text at all
  | 'thinking' // a thinking model: checks thinkingConfig like the API, thoughts spend maxOutputTokens, usage reported
  | 'max-tokens-empty' // a thinking model that spent every output token thinking: MAX_TOKENS and no text
  | 'max-tokens-cut' // the reply cut off halfway with finishReason MAX_TOKENS
  | 'scripted'; // streams the chunks given to setScript(), then its finishReason

export type StubRisk = 'none' | 'care' | 'crisis';

export interface StubRequest {
  model: string;
  apiKey: string | undefined;
  body: StubBody;
}

export const STUB_FOLLOW_UP = 'What happened just before the meeting turned?';
export const STUB_SUMMARY = [
  '## What stood out',
  '',
  'It sounds like the review with your manager is still on your mind.',
  '',
  '## Strengths',
  '',
  '- You asked for feedback early.',
  '',
  '## Growth edges',
  '',
  '- Speaking up in larger meetings.',
  '',
  '## Next steps',
  '',
  '- Send your mentor a two-line agenda by Friday.',
  '',
  '## Questions for your mentor',
  '',
  '- How did you learn to speak up in reviews?',
  '',
].join('\n');

/** The tightened update ("ok" mode) when the system instruction asks to tighten an update for a mentor. */
export const STUB_UPDATE = [
  '## What I did since we last met',
  '',
  '- Done: sent my mentor a two-line agenda.',
  '',
  '## What happened',
  '',
  'The review went better than I feared.',
  '',
  '## What I would like your help with',
  '',
  '- How do I speak up in larger meetings?',
  '',
].join('\n');

export interface GeminiStub {
  url: string;
  requests: StubRequest[];
  setMode(mode: StubMode): void;
  /** Milliseconds between streamed chunks (and before the first chunk in "slow" mode). */
  setDelays(delays: { chunkMs?: number; slowMs?: number }): void;
  /** The risk judgement its structured replies carry ("none" until set). */
  setRisk(risk: StubRisk): void;
  /** Sets what "scripted" mode streams (and switches to it). */
  setScript(script: StubScript): void;
  /** From now on, a request whose body holds `text` fails with a 500 (`fail` false: answers again as the mode says). */
  failWhen(text: string, fail: boolean): void;
  /** performance.now() when the last chunk of the latest streamed reply was written (for buffering checks). */
  readonly lastChunkSentAt: number | undefined;
  close(): Promise<void>;
}

function sseEvent(text: string): string {
  const payload = { candidates: [{ content: { role: 'model', parts: [{ text }] }, index: 0 }], modelVersion: 'stub' };
  return `data: ${JSON.stringify(payload)}\r\n\r\n`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the stub on a free port (or `port`) of 127.0.0.1. */
export async function startGeminiStub(port = 0): Promise<GeminiStub> {
  let mode: StubMode = 'ok';
  let chunkMs = 5;
  let slowMs = 2_000;
  let lastChunkSentAt: number | undefined;
  let script: StubScript = { chunks: [] };
  let risk: StubRisk = 'none';
  const failingTexts = new Set<string>();
  const failWhen = (text: string, fail: boolean) => void (fail ? failingTexts.add(text) : failingTexts.delete(text));
  const requests: StubRequest[] = [];
  const openResponses = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stub');
    if (url.pathname === '/__stub/mode' && req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { mode: StubMode };
      mode = body.mode;
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__stub/script' && req.method === 'POST') {
      script = JSON.parse(await readBody(req)) as StubScript;
      mode = 'scripted';
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__stub/risk' && req.method === 'POST') {
      risk = (JSON.parse(await readBody(req)) as { risk: StubRisk }).risk;
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__stub/fail-when' && req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { contains: string; fail: boolean };
      failWhen(body.contains, body.fail);
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__stub/delays' && req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { chunkMs?: number; slowMs?: number };
      chunkMs = body.chunkMs ?? chunkMs;
      slowMs = body.slowMs ?? slowMs;
      res.writeHead(204).end();
      return;
    }
    const match = url.pathname.match(/^\/v1(?:beta|alpha)?\/models\/([^:]+):streamGenerateContent$/);
    if (!match || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          error: { code: 404, message: `stub has no route for ${req.method} ${url.pathname}`, status: 'NOT_FOUND' },
        }),
      );
      return;
    }
    const raw = await readBody(req);
    const body = JSON.parse(raw) as StubRequest['body'];
    const apiKey = req.headers['x-goog-api-key'];
    requests.push({ model: match[1] ?? '', apiKey: Array.isArray(apiKey) ? apiKey[0] : apiKey, body });
    const system = body.systemInstruction?.parts?.map((p) => p.text ?? '').join('') ?? '';
    const text = system.includes('write a short summary')
      ? STUB_SUMMARY
      : system.includes('tighten this update')
        ? STUB_UPDATE
        : STUB_FOLLOW_UP;
    const reply =
      body.generationConfig?.responseMimeType === 'application/json' ? JSON.stringify({ risk, reply: text }) : text;

    switch ([...failingTexts].some((text) => raw.includes(JSON.stringify(text).slice(1, -1))) ? 'status-500' : mode) {
      case 'status-429':
        res.writeHead(429, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            error: {
              code: 429,
              message: 'Resource has been exhausted (e.g. check quota).',
              status: 'RESOURCE_EXHAUSTED',
            },
          }),
        );
        return;
      case 'status-500':
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' } }));
        return;
      case 'hang':
        openResponses.add(res);
        return; // never answers; closed when the client gives up or the stub stops
      default:
        break;
    }
    const thinking =
      mode === 'thinking' ? stubThinking(match[1] ?? '', body.generationConfig?.thinkingConfig) : undefined;
    if (thinking && 'error' in thinking) {
      // As the API does: a thinking configuration the model does not take is a 400 before any stream starts.
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 400, message: thinking.error, status: 'INVALID_ARGUMENT' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    openResponses.add(res);
    res.on('close', () => openResponses.delete(res));
    if (mode === 'slow') await sleep(slowMs);
    if (mode === 'malformed') {
      res.end('data: {"candidates": [ this is not json\r\n\r\n');
      return;
    }
    if (mode === 'empty') {
      res.end(
        `data: ${JSON.stringify({ candidates: [{ content: { role: 'model', parts: [] }, index: 0, finishReason: 'STOP' }] })}\r\n\r\n`,
      );
      return;
    }
    if (mode === 'scripted' || mode === 'thinking' || mode === 'max-tokens-empty' || mode === 'max-tokens-cut') {
      const sentLast = await streamShaped(
        res,
        shapeReply(mode as ShapedMode, body, match[1] ?? '', reply, script),
        chunkMs,
      );
      lastChunkSentAt = sentLast ?? lastChunkSentAt;
      return;
    }
    const parts = chunksOf(reply, text === STUB_SUMMARY ? 8 : 4);
    for (const [index, part] of parts.entries()) {
      if (res.destroyed) return;
      if (mode === 'break-midway' && index === 2) {
        res.destroy();
        return;
      }
      res.write(sseEvent(part));
      if (index === parts.length - 1) lastChunkSentAt = performance.now();
      else await sleep(chunkMs);
    }
    res.end();
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    setMode: (next) => {
      mode = next;
    },
    get lastChunkSentAt() {
      return lastChunkSentAt;
    },
    setRisk: (next) => {
      risk = next;
    },
    failWhen,
    setScript: (next) => {
      script = next;
      mode = 'scripted';
    },
    setDelays: (delays) => {
      chunkMs = delays.chunkMs ?? chunkMs;
      slowMs = delays.slowMs ?? slowMs;
    },
    close: async () => {
      for (const res of openResponses) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
