// How the Gemini stub shapes the replies of its newer modes: finish reasons and token usage as Gemini sends them,
// thinking models whose thought tokens spend maxOutputTokens, and scripted chunks. Plain erasable TypeScript, like
// gemini-stub.ts, so Node can run it directly for the browser tests.
import type { ServerResponse } from 'node:http';

export interface StubBody {
  systemInstruction?: { parts?: { text?: string }[] };
  contents?: { role?: string; parts?: { text?: string }[] }[];
  generationConfig?: {
    maxOutputTokens?: number;
    temperature?: number;
    responseMimeType?: string;
    responseJsonSchema?: unknown;
    thinkingConfig?: { thinkingBudget?: number; thinkingLevel?: string; includeThoughts?: boolean };
  };
}

/** What "scripted" mode streams: these chunks in order, then the finish reason (none when omitted). */
export interface StubScript {
  chunks: string[];
  finishReason?: string;
}

export type ShapedMode = 'scripted' | 'thinking' | 'max-tokens-empty' | 'max-tokens-cut';

export function chunksOf(text: string, parts: number): string[] {
  const words = text.split(/(?<=\s)/);
  const size = Math.ceil(words.length / parts);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += size) out.push(words.slice(i, i + size).join(''));
  return out;
}

export interface Usage {
  promptTokenCount: number;
  candidatesTokenCount: number;
  thoughtsTokenCount: number;
  totalTokenCount: number;
}

/** A streamed chunk as Gemini sends one, optionally with the finish reason and the usage of the whole reply. */
export function sseChunk(text: string, finishReason?: string, usage?: Usage): string {
  const candidate = {
    content: { role: 'model', parts: text ? [{ text }] : [] },
    index: 0,
    ...(finishReason ? { finishReason } : {}),
  };
  return `data: ${JSON.stringify({ candidates: [candidate], ...(usage ? { usageMetadata: usage } : {}), modelVersion: 'stub' })}\r\n\r\n`;
}

const tokensOf = (text: string) => Math.ceil(text.length / 4);

/**
 * How Gemini answers a thinking configuration for `model`: an error message where the API refuses it, or the
 * thought tokens it spends. Gemini 2.5 takes thinkingBudget (Pro cannot turn thinking off); Gemini 3 and the
 * -latest aliases take thinkingLevel; both at once is an error; no configuration means thinking at will.
 */
export function stubThinking(
  model: string,
  config: { thinkingBudget?: number; thinkingLevel?: string } | undefined,
): { error: string } | { thoughts: number } {
  const gemini25 = /^gemini-2\.5-/.test(model);
  if (config?.thinkingBudget !== undefined && config.thinkingLevel !== undefined)
    return { error: 'You can only set one of thinking budget and thinking level.' };
  if (config?.thinkingLevel !== undefined) {
    if (gemini25) return { error: 'Thinking level is not supported for this model.' };
    return {
      thoughts:
        ({ MINIMAL: 0, LOW: 90, MEDIUM: 400, HIGH: 1_500 } as Record<string, number>)[config.thinkingLevel] ?? 1_500,
    };
  }
  if (config?.thinkingBudget !== undefined) {
    if (config.thinkingBudget === 0 && /^gemini-2\.5-pro/.test(model))
      return { error: 'Budget 0 is invalid. This model only works in thinking mode.' };
    return { thoughts: config.thinkingBudget < 0 ? 1_500 : config.thinkingBudget };
  }
  return { thoughts: 1_500 };
}

/** The chunks, finish reason and usage a mode answers with, or the error the API would give instead. */
export function shapeReply(
  mode: ShapedMode,
  body: StubBody,
  model: string,
  reply: string,
  script: StubScript,
): { error: string } | { chunks: string[]; finishReason: string | undefined; usage: Usage } {
  const promptTokenCount = tokensOf(JSON.stringify(body.contents ?? []) + JSON.stringify(body.systemInstruction ?? {}));
  const max = body.generationConfig?.maxOutputTokens ?? 8_192;
  let chunks: string[];
  let finishReason: string | undefined;
  let thoughts = 0;
  if (mode === 'scripted') {
    [chunks, finishReason] = [script.chunks, script.finishReason];
  } else if (mode === 'max-tokens-empty') {
    [chunks, finishReason, thoughts] = [[], 'MAX_TOKENS', max];
  } else if (mode === 'max-tokens-cut') {
    [chunks, finishReason] = [chunksOf(reply.slice(0, Math.floor(reply.length / 2)), 2), 'MAX_TOKENS'];
  } else {
    const thinking = stubThinking(model, body.generationConfig?.thinkingConfig);
    if ('error' in thinking) return thinking;
    thoughts = Math.min(thinking.thoughts, max);
    const room = (max - thoughts) * 4; // characters the tokens left after thinking can hold
    const text = reply.length <= room ? reply : reply.slice(0, Math.max(0, room));
    [chunks, finishReason] = [text ? chunksOf(text, 4) : [], text === reply ? 'STOP' : 'MAX_TOKENS'];
  }
  const output = tokensOf(chunks.join(''));
  return {
    chunks,
    finishReason,
    usage: {
      promptTokenCount,
      candidatesTokenCount: output,
      thoughtsTokenCount: thoughts,
      totalTokenCount: promptTokenCount + output + thoughts,
    },
  };
}

/** Writes a shaped reply as server-sent events, `chunkMs` apart; resolves to when the last chunk went out. */
export async function streamShaped(
  res: ServerResponse,
  shaped: ReturnType<typeof shapeReply>,
  chunkMs: number,
): Promise<number | undefined> {
  if ('error' in shaped) {
    res.end(
      `data: ${JSON.stringify({ error: { code: 400, message: shaped.error, status: 'INVALID_ARGUMENT' } })}\r\n\r\n`,
    );
    return undefined;
  }
  const { chunks, finishReason, usage } = shaped;
  if (chunks.length === 0) {
    res.end(sseChunk('', finishReason, usage));
    return performance.now();
  }
  for (const [index, part] of chunks.entries()) {
    if (res.destroyed) return undefined;
    const last = index === chunks.length - 1;
    res.write(last ? sseChunk(part, finishReason, usage) : sseChunk(part));
    if (last) {
      res.end();
      return performance.now();
    }
    await new Promise((resolve) => setTimeout(resolve, chunkMs));
  }
  return undefined;
}
