// One warm function in its own worker thread (a deployed function has its own container, its own globals and its
// own process.env): imports the Lambda entry point Netlify's bundler built, once, then runs every invocation the
// server sends through it. Status, headers and body chunks go back as messages as soon as they are written, so a
// streamed answer streams.
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';

// Netlify's bootstrap exports `awslambda.streamifyResponse(handler)` and writes the status and headers through
// `awslambda.HttpResponseStream.from(stream, metadata)`: AWS Lambda's response-streaming interface, which the Lambda
// runtime provides as a global. This is that interface, backed by messages to the server.
globalThis.awslambda = {
  streamifyResponse: (handler) => handler,
  HttpResponseStream: {
    from(stream, metadata) {
      stream.sendHead(metadata);
      return stream;
    },
  },
};

class ResponseStream extends PassThrough {
  constructor(id) {
    super();
    this.id = id;
    this.headSent = false;
  }

  sendHead({ statusCode = 200, headers = {}, multiValueHeaders = {} } = {}) {
    if (this.headSent) return;
    this.headSent = true;
    const merged = { ...multiValueHeaders };
    for (const [key, value] of Object.entries(headers)) merged[key] ??= [String(value)];
    parentPort.postMessage({ type: 'head', id: this.id, statusCode, headers: merged });
  }
}

const { handler } = await import(workerData.entryUrl);
await importFunctionModule(workerData.entryUrl);
/** Invocations in flight, by id: the server may cancel one when its client goes away. */
const running = new Map();

parentPort.on('message', (message) => {
  if (message.type === 'invoke') void invoke(message);
  else if (message.type === 'cancel') running.get(message.id)?.destroy();
});
parentPort.postMessage({ type: 'ready' });

async function invoke({ id, event, deadline }) {
  const stream = new ResponseStream(id);
  running.set(id, stream);
  stream.on('data', (chunk) => parentPort.postMessage({ type: 'chunk', id, chunk }));
  stream.on('end', () => finish(id, { type: 'end', id }));
  stream.on('close', () => finish(id, { type: 'end', id }));
  const context = {
    awsRequestId: id,
    clientContext: {},
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  try {
    await handler(event, stream, context);
    // The bootstrap ends the stream itself; this covers a handler that returned without writing anything.
    if (!stream.headSent) stream.sendHead({ statusCode: 200 });
    if (!stream.writableEnded) stream.end();
  } catch (error) {
    finish(id, { type: 'error', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    stream.destroy();
  }
}

/** Sends the last message of an invocation once, whichever way it ends. */
function finish(id, message) {
  if (!running.has(id)) return;
  running.delete(id);
  parentPort.postMessage(message);
}

/**
 * The bootstrap imports the function's own module on its first invocation (`getLambdaHandler('./netlify/…')`);
 * importing the same URL now makes the first request warm too, and a module that throws on import fails here, at
 * start, where the server reports it.
 */
async function importFunctionModule(entryUrl) {
  const entry = await readFile(new URL(entryUrl), 'utf8');
  const path = /getLambdaHandler\((['"])(.+?)\1\)/.exec(entry)?.[2];
  if (path) await import(new URL(path, entryUrl).href);
}
