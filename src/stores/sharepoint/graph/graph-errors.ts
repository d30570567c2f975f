// What went wrong talking to Graph, reduced to what the store decides on: the HTTP status (or
// none, when the connection failed and the outcome is unknown) and Graph's error code.
import { GraphError } from '@microsoft/microsoft-graph-client';

export class GraphRequestError extends Error {
  constructor(
    /** The HTTP status, or 0 when no answer came (reset, refused, timed out). */
    readonly status: number,
    readonly code: string | null,
    message: string,
    /** The detail code Graph nests in innerError (a delta resync code, for one). */
    readonly innerCode: string | null = null,
    /** The Location header (410 on a delta token: where to start again). */
    readonly location: string | null = null,
  ) {
    super(message);
    this.name = 'GraphRequestError';
  }

  /** No answer: the request may or may not have been carried out. */
  get outcomeUnknown(): boolean {
    return this.status === 0;
  }
}

export function toGraphRequestError(error: unknown): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  if (error instanceof GraphError) {
    const status = error.statusCode > 0 ? error.statusCode : 0;
    return new GraphRequestError(
      status,
      error.code,
      error.message || `Graph answered ${status}`,
      innerCodeOf(error.body),
      error.headers?.get('location') ?? null,
    );
  }
  return new GraphRequestError(0, null, error instanceof Error ? error.message : String(error));
}

/** innerError.code from a whole error answer, or from its `error` object (the SDK keeps that). */
function innerCodeOf(body: unknown): string | null {
  try {
    type Inner = { innerError?: { code?: unknown } };
    const parsed = (typeof body === 'string' ? JSON.parse(body) : body) as
      (Inner & { error?: Inner }) | null;
    const code = (parsed?.error ?? parsed)?.innerError?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

/** A part of a $batch answer as an error, when its status is not a success. */
export function partError(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphRequestError {
  const inner = (body as { error?: { code?: string; message?: string } } | null)?.error;
  const location = Object.entries(headers).find(([k]) => k.toLowerCase() === 'location')?.[1];
  return new GraphRequestError(
    status,
    inner?.code ?? null,
    inner?.message ?? `Graph answered ${status}`,
    innerCodeOf(body),
    location ?? null,
  );
}
