// JSON batching for the store: chunks of at most 20 requests (Graph's limit), each part answered
// on its own. Parts refused with 429/503 were not carried out, so they (and the parts that failed
// only because they depended on them, 424) are sent again after the longest Retry-After, a
// bounded number of times. Every part with a body names its Content-Type (JSON_BODY), without
// which Graph refuses the whole batch. https://learn.microsoft.com/graph/json-batching ,
// https://learn.microsoft.com/graph/throttling
import { retryAfterMs } from './behaviours/retry.js';

export const BATCH_LIMIT = 20;
const MAX_PART_RETRIES = 5;

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Send = (requests: BatchRequest[]) => Promise<{ responses: BatchResponse[] }>;

/** The header every part with a body needs (a write needs a body too): see json-batching. */
export const JSON_BODY = { 'Content-Type': 'application/json' } as const;

/**
 * Graph refuses the whole batch when a part has a body and no Content-Type, so such a part is a
 * programming error: refused here, before anything is sent.
 */
function assertContentTypes(parts: BatchRequest[]): void {
  for (const part of parts) {
    const hasBody = part.body !== undefined && part.body !== null;
    const named = Object.keys(part.headers ?? {}).some((k) => k.toLowerCase() === 'content-type');
    if ((hasBody || part.method === 'POST' || part.method === 'PATCH') && !(hasBody && named)) {
      throw new Error(`batch part ${part.id} (${part.method}) needs a body and a Content-Type`);
    }
  }
}

function chunks(parts: BatchRequest[]): BatchRequest[][] {
  assertContentTypes(parts);
  const out: BatchRequest[][] = [];
  for (let i = 0; i < parts.length; i += BATCH_LIMIT) {
    const chunk = parts.slice(i, i + BATCH_LIMIT);
    const ids = new Set(chunk.map((p) => p.id));
    // dependsOn only reaches inside one batch: callers group dependent parts themselves.
    const stray = chunk.find((p) => (p.dependsOn ?? []).some((d) => !ids.has(d)));
    if (stray) throw new Error(`batch part ${stray.id} depends on a part in another batch`);
    out.push(chunk);
  }
  return out;
}

async function sendChunk(
  chunk: BatchRequest[],
  send: Send,
  sleep: (ms: number) => Promise<void>,
  results: Map<string, BatchResponse>,
): Promise<void> {
  let pending = chunk;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    const { responses } = await send(pending);
    const byId = new Map(responses.map((r) => [r.id, r]));
    const again = new Set<string>();
    let wait = 0;
    for (const part of pending) {
      const response = byId.get(part.id) ?? { id: part.id, status: 500 };
      const throttled = response.status === 429 || response.status === 503;
      const blocked = response.status === 424 && (part.dependsOn ?? []).some((d) => again.has(d));
      if ((throttled || blocked) && attempt < MAX_PART_RETRIES) {
        again.add(part.id);
        const header =
          response.headers?.['retry-after'] ?? response.headers?.['Retry-After'] ?? null;
        wait = Math.max(wait, retryAfterMs(header) ?? 1000 * 2 ** attempt);
      } else {
        results.set(part.id, response);
      }
    }
    pending = pending
      .filter((p) => again.has(p.id))
      .map((p) => ({ ...p, dependsOn: p.dependsOn?.filter((d) => again.has(d)) }))
      .map((p) => (p.dependsOn?.length ? p : { ...p, dependsOn: undefined }));
    if (pending.length > 0) await sleep(wait);
  }
}

/**
 * Sends every part; resolves with each part's final answer. A transport failure rejects, and the
 * parts of the chunks already answered are not retried (their answers are in `partial`).
 */
export async function runBatch(
  parts: BatchRequest[],
  send: Send,
  sleep: (ms: number) => Promise<void>,
  partial: Map<string, BatchResponse> = new Map(),
): Promise<Map<string, BatchResponse>> {
  for (const chunk of chunks(parts)) await sendChunk(chunk, send, sleep, partial);
  return partial;
}
