// Between Node's HTTP server and the function host: reads a request in full (as Netlify's proxy does before it
// invokes a function) and writes a web Response back, chunk by chunk, so a streamed answer is not buffered.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// Netlify's limit for a synchronous function's request payload.
const MAX_BODY_BYTES = 6 * 1024 * 1024;

/**
 * The request as the function host takes it, or a 413 Response when the body is over Netlify's limit.
 * @param {import('node:http').IncomingMessage} req
 */
export async function bufferedRequest(req, origin) {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.startsWith(':') || value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const chunks = [];
  let size = 0;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        return new Response(
          `The request body is over ${MAX_BODY_BYTES / 1024 / 1024} MB, Netlify's limit for a function.\n`,
          { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } },
        );
      }
      chunks.push(chunk);
    }
  }
  return {
    url: new URL(req.url ?? '/', origin).href,
    method: req.method ?? 'GET',
    headers,
    body: Buffer.concat(chunks),
    clientIp: clientIp(req.socket.remoteAddress),
  };
}

/**
 * Runs a matched function for a Node request: reads the body, invokes, and gives back the function's Response
 * (or the 413 for an oversized body).
 * @param {import('./function-host.mjs').FunctionHost} host
 * @param {NonNullable<ReturnType<import('./function-host.mjs').FunctionHost['match']>>} match
 * @param {import('node:http').IncomingMessage} req
 * @param {string} origin  the server's own origin, for the request URL
 */
export async function functionResponse(host, match, req, origin) {
  const request = await bufferedRequest(req, origin);
  return request instanceof Response ? request : host.invoke(match, request);
}

/** The client's address as Netlify reports it (x-nf-client-connection-ip): IPv4 without the IPv6 prefix. */
function clientIp(address = '') {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/**
 * Writes a web Response to Node's response, streaming the body. If either side breaks (the client leaves, the
 * function's stream fails), the response ends there instead of crashing the server.
 * @param {import('node:http').ServerResponse} res
 */
export async function sendResponse(res, response) {
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value);
  });
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  // Send the head now: a streamed answer's first words should not wait for the second chunk.
  res.flushHeaders();
  await pipeline(Readable.fromWeb(response.body), res).catch(() => res.destroy());
}
