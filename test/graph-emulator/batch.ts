// JSON batching: up to 20 requests in one POST to /$batch, each answered with its own status;
// `dependsOn` makes a request wait for others and fail with 424 when one of them failed.
// https://learn.microsoft.com/graph/json-batching
// A part with a body must name its Content-Type in `headers` ("When a body is included with the
// request, the headers object must contain a value for Content-Type"), and a write needs both.
// Graph checks this for the whole batch before running any part: the batch itself is answered
// 400 BadRequest "Write request id : N does not contain Content-Type header or body." (as
// reported in microsoftgraph/msgraph-sdk-dotnet#2628), so nothing in it runs.
import { badRequest, errorResponse, GraphHttpError, type GraphResponse } from './errors.js';

export const MAX_BATCH = 20;

export interface BatchPart {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const WRITES = new Set(['POST', 'PATCH', 'PUT']);

function assertContentType(part: BatchPart): void {
  const hasBody = part.body !== undefined && part.body !== null;
  const named = Object.entries(part.headers ?? {}).some(
    ([key, value]) => key.toLowerCase() === 'content-type' && String(value).trim() !== '',
  );
  if ((hasBody && !named) || (WRITES.has(part.method.toUpperCase()) && !(hasBody && named))) {
    throw badRequest(
      `Write request id : ${part.id} does not contain Content-Type header or body.`,
      'BadRequest',
    );
  }
}

function validate(body: unknown): BatchPart[] {
  const requests = (body as { requests?: unknown })?.requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    throw badRequest('A batch needs a non-empty requests array', 'BadRequest');
  }
  if (requests.length > MAX_BATCH) {
    throw badRequest(`A batch holds at most ${MAX_BATCH} requests`, 'BadRequest');
  }
  const seen = new Set<string>();
  for (const part of requests as BatchPart[]) {
    if (typeof part.id !== 'string' || seen.has(part.id)) {
      throw badRequest('Every batch request needs a unique id', 'BadRequest');
    }
    if (typeof part.method !== 'string' || typeof part.url !== 'string') {
      throw badRequest(`Batch request ${part.id} needs a method and url`, 'BadRequest');
    }
    assertContentType(part);
    for (const dep of part.dependsOn ?? []) {
      if (!seen.has(dep))
        throw badRequest(`Batch request ${part.id} depends on unknown ${dep}`, 'BadRequest');
    }
    seen.add(part.id);
  }
  return requests as BatchPart[];
}

/**
 * Runs the parts in order (dependencies always name earlier parts). `runPart` answers one part;
 * the caller wires throttling and the routes into it. A part may also throw to abandon the batch
 * (the emulator being killed mid-batch).
 */
export async function runBatch(
  body: unknown,
  runPart: (part: BatchPart) => Promise<GraphResponse>,
): Promise<GraphResponse> {
  let parts: BatchPart[];
  try {
    parts = validate(body);
  } catch (error) {
    if (error instanceof GraphHttpError) return errorResponse(error);
    throw error;
  }
  const statuses = new Map<string, number>();
  const responses: BatchResult[] = [];
  for (const part of parts) {
    const failedDep = (part.dependsOn ?? []).find((d) => (statuses.get(d) ?? 500) >= 400);
    const response = failedDep
      ? errorResponse(new GraphHttpError(424, 'failedDependency', `Depends on failed ${failedDep}`))
      : await runPart(part);
    statuses.set(part.id, response.status);
    responses.push({
      id: part.id,
      status: response.status,
      headers: response.headers,
      body: response.body,
    });
  }
  return { status: 200, headers: { 'content-type': 'application/json' }, body: { responses } };
}
