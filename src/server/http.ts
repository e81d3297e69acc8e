/**
 * Small node:http helpers: JSON replies, large bodies streamed with backpressure, bounded JSON
 * request bodies and a typed HTTP error whose message never shows server paths.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorBody } from '../export/view/types.js';

/** A problem with the request itself; becomes a 4xx JSON reply, never a stack trace. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Partial<ApiErrorBody['error']> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): ApiErrorBody {
    return { error: { code: this.code, message: redactPaths(this.message), ...this.extra } };
  }
}

export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Absolute file paths in a message (`/home/…/graph.json`) become `<path>`: clients never learn the server's layout. */
export function redactPaths(text: string): string {
  return text.replace(/(^|[\s'"(=:])(?:\/[\w.@+-]+){2,}\/?/g, '$1<path>');
}

const JSON_TYPE = 'application/json; charset=utf-8';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(res, status, JSON_TYPE, JSON.stringify(body), headers);
}

/** JSON text made elsewhere (e.g. by a query worker). */
export function sendJsonText(res: ServerResponse, status: number, json: string): void {
  sendText(res, status, JSON_TYPE, json);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, error.body(), error.headers);
}

/** Bodies at most this large go out in one write; larger ones are streamed in slices of this size. */
const SLICE = 64 << 10;
/** A client that takes nothing of a response for this long is disconnected. */
export const SEND_IDLE_TIMEOUT_MS = 30_000;

export function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  if (typeof body === 'string' || body.length <= SLICE) {
    res.end(body);
    return;
  }
  streamBuffer(res, body);
}

/**
 * Send a large (often shared, cached) buffer slice by slice, writing the next slice only when the
 * socket has drained: a slow reader holds at most a slice or two beyond the buffer, and one that
 * stops reading is cut off after SEND_IDLE_TIMEOUT_MS.
 */
function streamBuffer(res: ServerResponse, body: Buffer): void {
  res.setTimeout(SEND_IDLE_TIMEOUT_MS, () => res.destroy());
  let offset = 0;
  const pump = (): void => {
    while (offset < body.length) {
      if (res.destroyed) return;
      const end = Math.min(offset + SLICE, body.length);
      const drained = res.write(body.subarray(offset, end));
      offset = end;
      if (!drained) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

/** Read a JSON request body of at most `limit` bytes. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  // Requiring application/json also keeps cross-site form posts out (they cannot send it without a preflight).
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with Content-Type: application/json.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    // The rest of the body is never read: the connection must not carry another request.
    if (size > limit)
      throw new HttpError(
        413,
        'BODY_TOO_LARGE',
        `The request body exceeds ${limit} bytes.`,
        {},
        { connection: 'close' },
      );
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'BAD_JSON', 'The request body is not valid JSON.');
  }
}
