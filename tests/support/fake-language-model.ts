// A scripted stand-in for Chrome's Prompt API (`LanguageModel`), for the on-device guide's unit tests (installed on
// globalThis in node) and browser tests (handed to page.addInitScript, so it must stay self-contained: no imports,
// nothing from outside the function). It keeps to the API's shape: availability() with the four answers, create()
// with a monitor that gets downloadprogress events (loaded as a fraction and total 1, as the specification says, or
// bytes as older Chrome sent), refusal without a click while the model is only downloadable (as Chrome does),
// initialPrompts, promptStreaming() that streams delta chunks and errors when its signal aborts, destroy().
//
// What a real model may do that this cannot show: answer slowly on a busy laptop, load for seconds before its first
// word, ignore the JSON it was asked for or cut it off, write in another language, send cumulative rather than
// delta chunks (early Chrome builds), run out of context on a long reflection, be evicted from disk between visits,
// or judge risk differently from the patterns. The scripts below play some of those shapes; none is a model.

export interface FakeReply {
  /** The raw reply as the model streams it, chunk by chunk (JSON as the guide asks for it, or plain text). */
  chunks: string[];
  /** Time between chunks. */
  chunkDelayMs?: number;
  /** The stream errors after this many chunks. */
  failAfter?: number;
  /** The stream sends `chunks`, then nothing more, ever (a model that stalls). */
  hang?: boolean;
}

export interface FakeScript {
  availability: 'unavailable' | 'downloadable' | 'downloading' | 'available';
  /** downloadprogress events for a download, as [loaded, total]; the model is available after the last. */
  progress?: [number, number][];
  /** Time between downloadprogress events. */
  progressDelayMs?: number;
  /** Each downloadprogress event waits for the test's `advance()` (globalThis.__fakeLanguageModel.advance). */
  steppedProgress?: boolean;
  /** create() fails (the download breaks, or the model will not load). */
  createFails?: boolean;
  /** What each prompt answers, in turn; the last is repeated. */
  replies: FakeReply[];
}

export interface FakeRecord {
  availabilityCalls: number;
  /** For each availability() call, whether the person had acted on the page by then (null outside a browser). */
  askedAfterActivation: (boolean | null)[];
  created: { systemPrompt: string | undefined; monitored: boolean }[];
  prompts: { input: string; constrained: boolean }[];
  destroyed: number;
  /** Lets the next downloadprogress event go (with steppedProgress). */
  advance: () => void;
}

/** Installs the fake on globalThis (also as the page's init script), with its record at globalThis.__fakeLanguageModel. */
export function installFakeLanguageModel(script: FakeScript): void {
  const steps: (() => void)[] = [];
  let released = 0;
  const nextStep = () =>
    new Promise<void>((resolve) => {
      if (released > 0) {
        released -= 1;
        resolve();
      } else steps.push(resolve);
    });
  const advance = () => {
    const waiting = steps.shift();
    if (waiting) waiting();
    else released += 1;
  };
  const record: FakeRecord = {
    availabilityCalls: 0,
    askedAfterActivation: [],
    created: [],
    prompts: [],
    destroyed: 0,
    advance,
  };
  // In a page, a finished download is remembered across reloads, as the browser keeps its model on disk.
  const DOWNLOADED = 'fake-language-model:downloaded';
  const pageStorage = typeof document === 'undefined' ? undefined : globalThis.localStorage;
  let state =
    script.availability !== 'unavailable' && pageStorage?.getItem(DOWNLOADED) ? 'available' : script.availability;
  let replyIndex = 0;
  const wait = (ms: number | undefined) => new Promise((resolve) => setTimeout(resolve, ms ?? 0));
  const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

  class FakeSession {
    prompt(): Promise<string> {
      return Promise.reject(new Error('the fake streams only'));
    }

    promptStreaming(
      input: string,
      options: { responseConstraint?: unknown; signal?: AbortSignal } = {},
    ): ReadableStream<string> {
      record.prompts.push({ input, constrained: options.responseConstraint !== undefined });
      const reply = script.replies[Math.min(replyIndex++, script.replies.length - 1)] ?? { chunks: [] };
      const signal = options.signal;
      let sent = 0;
      return new ReadableStream<string>({
        start(controller) {
          signal?.addEventListener('abort', () => controller.error(abortError()), { once: true });
        },
        async pull(controller) {
          await wait(reply.chunkDelayMs);
          if (signal?.aborted) return;
          if (reply.failAfter !== undefined && sent >= reply.failAfter) {
            controller.error(new DOMException('The model failed while answering.', 'UnknownError'));
            return;
          }
          const chunk = reply.chunks[sent];
          if (chunk === undefined) {
            if (reply.hang) return new Promise(() => undefined);
            controller.close();
            return;
          }
          sent += 1;
          controller.enqueue(chunk);
        },
      });
    }

    destroy(): void {
      record.destroyed += 1;
    }
  }

  const api = {
    async availability(): Promise<string> {
      record.availabilityCalls += 1;
      record.askedAfterActivation.push(globalThis.navigator?.userActivation?.hasBeenActive ?? null);
      return state;
    },
    async create(
      options: {
        initialPrompts?: { role: string; content: string }[];
        monitor?: (m: EventTarget) => void;
        signal?: AbortSignal;
      } = {},
    ): Promise<FakeSession> {
      const systemPrompt = options.initialPrompts?.find((p) => p.role === 'system')?.content;
      record.created.push({ systemPrompt, monitored: options.monitor !== undefined });
      if (state === 'unavailable') throw new DOMException('The model is not available.', 'NotSupportedError');
      const activation = (globalThis.navigator as { userActivation?: { hasBeenActive: boolean } } | undefined)
        ?.userActivation;
      if (state !== 'available' && activation && !activation.hasBeenActive)
        throw new DOMException('A click is needed to download the model.', 'NotAllowedError');
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      if (state !== 'available') {
        for (const [loaded, total] of script.progress ?? [[1, 1]]) {
          await (script.steppedProgress ? nextStep() : wait(script.progressDelayMs));
          if (options.signal?.aborted) throw abortError();
          monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded, total }));
        }
        if (script.steppedProgress) await nextStep();
        if (script.createFails) throw new DOMException('The download failed.', 'NetworkError');
        state = 'available';
        pageStorage?.setItem(DOWNLOADED, 'yes');
      } else if (script.createFails) {
        throw new DOMException('The model could not be loaded.', 'OperationError');
      }
      return new FakeSession();
    },
  };
  Object.assign(globalThis, { LanguageModel: api, __fakeLanguageModel: record });
}

/** The guide's JSON reply ({"risk", "reply"}) cut into chunks of `size` characters, as a model streams it. */
export function jsonReplyChunks(risk: 'none' | 'care' | 'crisis', reply: string, size = 16): string[] {
  const raw = JSON.stringify({ risk, reply });
  const chunks: string[] = [];
  for (let i = 0; i < raw.length; i += size) chunks.push(raw.slice(i, i + size));
  return chunks;
}
