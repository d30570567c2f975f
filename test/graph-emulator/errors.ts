// Graph's error shape: `{ error: { code, message, innerError } }` with the HTTP status.
// https://learn.microsoft.com/graph/errors
import { randomUUID } from 'node:crypto';

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Extra detail Graph nests in innerError (e.g. a resync code). */
    readonly inner: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(error: GraphHttpError): GraphResponse {
  return {
    status: error.status,
    headers: { 'content-type': 'application/json', ...error.headers },
    body: {
      error: {
        code: error.code,
        message: error.message,
        innerError: {
          ...error.inner,
          'request-id': randomUUID(),
          date: new Date().toISOString(),
        },
      },
    },
  };
}

export const badRequest = (message: string, code = 'invalidRequest'): GraphHttpError =>
  new GraphHttpError(400, code, message);
export const notFound = (message: string): GraphHttpError =>
  new GraphHttpError(404, 'itemNotFound', message);
