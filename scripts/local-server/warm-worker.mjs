// The server's side of one function's worker thread: starts it (the function is imported once, then stays warm),
// sends it invocations and turns its messages back into a web Response whose body streams as the function writes.
// If the worker dies, the invocations in flight get a 500 and the next one starts a fresh worker.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const WORKER_URL = new URL('./function-worker.mjs', import.meta.url);
// Statuses whose responses have no body (the Fetch standard's "null body status").
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
// What the bootstrap reports to Netlify's proxy (timings, runtime version); the proxy keeps them to itself.
const PLATFORM_HEADERS = new Set(['x-nf-fetch-timing', 'x-nf-invocation-metadata', 'x-nf-start-timestamp']);

export class WarmWorker {
  #pending = new Map();
  #nextId = 0;
  #worker;
  #ready;

  /**
   * @param {string} name      the function's name, for messages
   * @param {string} entryFile the Lambda entry point to import
   * @param {Record<string, string>} env  the worker's own process.env
   */
  constructor(name, entryFile, env) {
    this.name = name;
    this.entryFile = entryFile;
    this.env = env;
  }

  /** Starts the worker if it is not running; resolves once the function is imported (warm). */
  start() {
    if (this.#ready) return this.#ready;
    const worker = new Worker(WORKER_URL, {
      workerData: { entryUrl: pathToFileURL(this.entryFile).href },
      env: this.env,
    });
    this.#worker = worker;
    this.#ready = new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`the worker stopped while importing the function (exit code ${code})`)),
      );
      worker.on('message', (message) => (message.type === 'ready' ? resolve() : this.#receive(message)));
    });
    // An uncaught error ends the worker: forget it at once, so the next invocation starts a fresh one instead of
    // waiting on one that is on its way out.
    worker.on('error', (error) => {
      this.#forget(worker);
      this.#failAll(worker, error);
    });
    worker.on('exit', (code) => {
      this.#forget(worker);
      this.#failAll(worker, new Error(`the worker stopped (exit code ${code})`));
    });
    // Not fatal for the server: the first invocation reports it, and the next one tries a fresh worker.
    this.#ready.catch(() => {});
    return this.#ready;
  }

  /** How many invocations are in flight: a replaced worker is stopped once this reaches zero. */
  get busy() {
    return this.#pending.size;
  }

  /**
   * Runs one invocation. Resolves when the function has sent its status and headers; the body follows as a stream.
   * @param {object} event  a Netlify function event (see lambda-event.mjs)
   * @param {number} timeoutMs  how long the function may take to start answering
   */
  async invoke(event, timeoutMs) {
    try {
      await this.start();
    } catch (error) {
      return functionError(this.name, error);
    }
    const worker = this.#worker;
    if (!worker) return functionError(this.name, new Error('its worker stopped while starting'));
    const id = String(++this.#nextId);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.postMessage({ type: 'cancel', id });
        this.#settle(
          id,
          new Error(`it did not answer within ${timeoutMs / 1000} s (Netlify's limit for a synchronous function)`),
        );
      }, timeoutMs);
      // Tagged with its worker: when that worker dies, only its own invocations fail.
      this.#pending.set(id, { resolve, timer, controller: undefined, worker });
      worker.postMessage({ type: 'invoke', id, event, deadline: Date.now() + timeoutMs });
    });
  }

  async stop() {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#ready = undefined;
    await worker?.terminate();
  }

  #forget(worker) {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    this.#ready = undefined;
  }

  #receive(message) {
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    if (message.type === 'head') {
      clearTimeout(pending.timer);
      const headers = new Headers();
      for (const [key, values] of Object.entries(message.headers)) {
        if (PLATFORM_HEADERS.has(key.toLowerCase())) continue;
        for (const value of values) headers.append(key, String(value));
      }
      const body = NULL_BODY.has(message.statusCode)
        ? null
        : new ReadableStream({
            start: (controller) => {
              pending.controller = controller;
            },
            cancel: () => {
              pending.worker.postMessage({ type: 'cancel', id: message.id });
              this.#pending.delete(message.id);
            },
          });
      pending.resolve(new Response(body, { status: message.statusCode, headers }));
    } else if (message.type === 'chunk') {
      pending.controller?.enqueue(new Uint8Array(message.chunk));
    } else if (message.type === 'end') {
      this.#pending.delete(message.id);
      pending.controller?.close();
    } else if (message.type === 'error') {
      this.#settle(message.id, new Error(message.message));
    }
  }

  /** Ends an invocation with an error: a 500 if nothing was sent yet, else the body stream fails. */
  #settle(id, error) {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    clearTimeout(pending.timer);
    if (pending.controller) pending.controller.error(error);
    else pending.resolve(functionError(this.name, error));
  }

  #failAll(worker, error) {
    for (const [id, pending] of [...this.#pending]) if (pending.worker === worker) this.#settle(id, error);
  }
}

/** What the local server answers when a function fails outside its own error handling (like Netlify's 500). */
export function functionError(name, error) {
  console.error(`function ${name} failed:`, error);
  return new Response(`The function ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`, {
    status: 500,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
