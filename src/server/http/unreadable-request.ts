// A request the server could not read, told apart by cause so the message says what to fix: a bad
// %-escape in the address, a charset or content encoding we do not take, a body that is not JSON,
// JSON that is not an object, a body too large. express.json (body-parser) marks each with
// `err.type`; the router marks a bad %-escape in a path parameter with a URIError (status 400).
import type { Request } from 'express';

export interface Unreadable {
  status: number;
  body: { error: string; message: string };
}

const ONLY_UTF8 = 'Only UTF-8 JSON is accepted: send Content-Type: application/json; charset=utf-8';
const NOT_AN_OBJECT = 'The request body must be a JSON object, like {"version": "…"}';

/** The charset the request declares, lower-cased, or null when it names none (UTF-8 then). */
function declaredCharset(req: Request): string | null {
  const header = req.headers['content-type'] ?? '';
  const match = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(header);
  return match ? match[1]!.toLowerCase() : null;
}

/** RFC 8259 §8.1: JSON exchanged between systems is UTF-8; anything else we refuse, not guess. */
function isUtf8(req: Request): boolean {
  const charset = declaredCharset(req);
  return charset === null || charset === 'utf-8' || charset === 'utf8';
}

function parsesAsJson(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function invalid(status: number, message: string): Unreadable {
  return { status, body: { error: 'invalid-input', message } };
}

/** Thrown by the API router for a body body-parser accepted but the API does not. */
export class UnreadableBodyError extends Error {
  constructor(readonly unreadable: Unreadable) {
    super(unreadable.body.message);
  }
}

export function describeUnreadable(err: unknown, req: Request): Unreadable | null {
  if (err instanceof UnreadableBodyError) return err.unreadable;
  if (err instanceof URIError) {
    return {
      status: 400,
      body: {
        error: 'malformed-address',
        message: 'The address is malformed: it has a % that does not start a valid escape',
      },
    };
  }
  const e = err as { status?: unknown; type?: unknown; body?: unknown } | null;
  const status = typeof e?.status === 'number' ? e.status : undefined;
  if (!status || status < 400 || status >= 500) return null;
  switch (e?.type) {
    case 'entity.too.large':
      return invalid(413, 'The request body is too large');
    case 'charset.unsupported':
      return invalid(415, ONLY_UTF8);
    case 'encoding.unsupported':
      return invalid(
        415,
        "The body's Content-Encoding is not supported: send it uncompressed, or as gzip, deflate or br",
      );
    case 'entity.parse.failed':
      // A UTF-16 body decoded as UTF-16 is rarely JSON: the charset is the thing to fix.
      if (!isUtf8(req)) return invalid(415, ONLY_UTF8);
      // body-parser's strict mode refuses valid JSON that is not an object or array (42, "x", null).
      if (parsesAsJson(e.body)) return invalid(400, NOT_AN_OBJECT);
      return invalid(400, 'The request body is not valid JSON');
    default:
      return invalid(status, 'The request could not be read');
  }
}

/**
 * What the API router refuses after body-parser has read the body: a charset other than UTF-8 that
 * happened to decode, or valid JSON that is not an object (an array). Null when the body will do.
 */
export function unacceptableBody(req: Request): UnreadableBodyError | null {
  if (!isUtf8(req)) return new UnreadableBodyError(invalid(415, ONLY_UTF8));
  const body: unknown = req.body;
  if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)))
    return new UnreadableBodyError(invalid(400, NOT_AN_OBJECT));
  return null;
}
