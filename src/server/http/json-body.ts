// A GET's JSON body, serialised once per value: a view served from the application's view cache
// is the same object for everyone until something it read changes, so its text, its gzip form and
// its ETag are kept beside it (weakly: they go when the view does). A dashboard for 300
// indicators is half a megabyte of JSON and a tenth of that gzipped; compressing it once per
// change rather than per request is what lets a room open it at once. The ETag is the text's hash,
// weak (RFC 9110 §8.8.1) because the same value goes out plain or gzipped, so a client that sends
// If-None-Match for an unchanged view is answered 304 with no body (RFC 9110 §13.1.2).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Smaller bodies go as they are: compressing them saves less than it costs. */
const GZIP_FROM_BYTES = 1024;

export class JsonBody {
  readonly etag: string;
  private zipped: Buffer | null = null;

  constructor(readonly text: string) {
    this.etag = `W/"${createHash('sha1').update(text).digest('base64url')}"`;
  }

  get worthCompressing(): boolean {
    return this.text.length >= GZIP_FROM_BYTES;
  }

  get gzip(): Buffer {
    this.zipped ??= gzipSync(this.text);
    return this.zipped;
  }
}

const bodies = new WeakMap<object, JsonBody>();

export function jsonBody(value: unknown): JsonBody {
  const keep = typeof value === 'object' && value !== null;
  const known = keep ? bodies.get(value) : undefined;
  if (known) return known;
  const body = new JsonBody(JSON.stringify(value) ?? 'null');
  if (keep) bodies.set(value, body);
  return body;
}
