// Reading a request body: only JSON (415 otherwise), never more than a size cap (413), never waiting forever
// for a body that does not finish (408), and text that is not JSON is a 400.
import { HttpError } from './http';

/** How long a body may take to arrive when BODY_TIMEOUT_MS is not set. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/**
 * The time limit for one body, read at request time so tests can shorten it. A slow client gets a 408 instead
 * of holding a function instance (and its memory) open until the platform's own timeout.
 */
export function bodyTimeoutMs(): number {
  const configured = Number(process.env['BODY_TIMEOUT_MS']);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_BODY_TIMEOUT_MS;
}

/**
 * Refuses a body that is not declared as JSON. This is what keeps a CORS-simple request (text/plain, sent by
 * any web page without a preflight) from creating entries or spending the AI budget: application/json needs
 * a preflight, which a page on another origin does not pass.
 */
export function requireJsonContentType(req: Request): void {
  const header = req.headers.get('content-type');
  const [mediaType = '', ...parameters] = (header ?? '').split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') {
    const sent = header ? `"${mediaType.trim().slice(0, 60)}"` : 'no Content-Type';
    throw new HttpError(
      415,
      'unsupported_media_type',
      `This endpoint reads JSON only, and the request sent ${sent}; send the body as application/json.`,
    );
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (name.trim().toLowerCase() === 'charset' && charset !== 'utf-8' && charset !== 'utf8') {
      throw new HttpError(
        415,
        'unsupported_media_type',
        'This endpoint reads UTF-8 JSON only; send the body as application/json; charset=utf-8.',
      );
    }
  }
}

const tooLarge = (maxBytes: number) =>
  new HttpError(413, 'payload_too_large', `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);

/**
 * Checks the Content-Type, then reads the body without ever holding more than `maxBytes` of it and without
 * waiting longer than the time limit for the whole of it, then parses it as JSON.
 */
export async function readJsonBody(req: Request, maxBytes: number, timeoutMs = bodyTimeoutMs()): Promise<unknown> {
  requireJsonContentType(req);
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) throw new HttpError(400, 'invalid_json', 'The request body is empty; send a JSON object.');
  const reader = req.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      reject(
        new HttpError(
          408,
          'request_timeout',
          `The request body did not arrive within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}; check the connection and send it again.`,
        ),
      );
    }, timeoutMs);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timedOut]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    // Stop reading what is left: the answer is already decided. Cancelling a stalled stream must not throw.
    reader.cancel().catch(() => undefined);
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'invalid_body', 'The request body could not be read; send it again.');
  } finally {
    clearTimeout(timer);
  }
  return parseJson(Buffer.concat(chunks));
}

function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid UTF-8; send JSON text.');
  }
  if (text.trim() === '') throw new HttpError(400, 'invalid_json', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}
