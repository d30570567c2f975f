// A typed route table (STYLE.md, after teams.ts): each route declares its method, path, schemas and
// handler once; the same table registers the Express routes and writes the OpenAPI document, so the
// two can never drift apart.
import type { z } from 'zod';
import type { AppDeps } from '../../app/deps.js';
import type { Person } from '../../domain/model/types.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteRequest<Q, B> {
  person: Person;
  params: Record<string, string>;
  query: Q;
  body: B;
}

export interface Route<Q = unknown, B = unknown> {
  method: Method;
  /** Express-style path, e.g. `/api/returns/:id/submit`. */
  path: string;
  summary: string;
  tag: string;
  /**
   * The path parameters' schema, when they need more than "a string": a problem is then reported
   * under the parameter's own name (`meetingId`), as a body field's is.
   */
  params?: z.ZodType<Record<string, string>>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Status code of a successful response (200 unless given). */
  status?: number;
  handler: (req: RouteRequest<Q, B>, deps: AppDeps) => Promise<unknown>;
  /**
   * A GET whose answer has a version: the ETag to send, so a client polling with If-None-Match is
   * answered 304 with no body while nothing changed (RFC 9110 §13.1.2).
   */
  etag?: (result: unknown) => string;
}

/** Keeps each route's query and body types tied to its schemas. */
export function route<Q = unknown, B = unknown>(r: Route<Q, B>): Route {
  return r as unknown as Route;
}
