// The OpenAPI 3.1 document at /api/openapi.json, written from the route table and its zod schemas
// (zod 4's own JSON Schema output), so the description is always the code.
import { z } from 'zod';
import type { Route } from './route.js';

function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

export function buildOpenApi(routes: readonly Route[], extra: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const p = openApiPath(r.path);
    const declared = r.params
      ? ((z.toJSONSchema(r.params, { io: 'input' }) as { properties?: Record<string, unknown> })
          .properties ?? {})
      : {};
    const pathParams = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: declared[m[1]!] ?? { type: 'string' },
    }));
    paths[p] ??= {};
    paths[p]![r.method] = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...pathParams, ...queryParameters(r.query as z.ZodType | undefined)],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(r.body as z.ZodType, { io: 'input' }),
                },
              },
            },
          }
        : {}),
      responses: {
        [String(r.status ?? 200)]: { description: 'Success', content: { 'application/json': {} } },
        400: { $ref: '#/components/responses/Invalid' },
        401: { $ref: '#/components/responses/Unauthenticated' },
        403: { description: 'Not your role for this indicator' },
        404: { description: 'Not found' },
        409: { description: 'Someone changed it first: the version you sent is stale' },
        ...(r.body ? { 415: { description: 'Only UTF-8 JSON is accepted' } } : {}),
        422: { description: 'The workflow refused, or the figure needs confirming' },
      },
      security: [{ devUser: [] }, { entra: [] }],
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: extra.title,
      version: extra.version,
      description:
        'The JSON API that the Golden Thread tab and bot share. Every request names the acting person.',
    },
    paths,
    components: {
      securitySchemes: {
        devUser: {
          type: 'apiKey',
          in: 'header',
          name: 'X-GT-User',
          description: 'Local mode only: a demo person id or email',
        },
        entra: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Entra ID access token (tenant mode)',
        },
      },
      responses: {
        Invalid: { description: 'Bad input; `problems` names each field that was wrong' },
        Unauthenticated: { description: 'No identity on the request' },
      },
    },
  };
}
