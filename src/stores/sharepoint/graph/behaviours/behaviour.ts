// A behaviour is one link of the Graph client's middleware chain (after pnpjs's queryable
// behaviours: one cross-cutting concern per file). Each calls `next` and may retry, time or count.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export abstract class Behaviour implements Middleware {
  private nextLink: Middleware | undefined;

  setNext(next: Middleware): void {
    this.nextLink = next;
  }

  protected async next(context: Context): Promise<void> {
    if (!this.nextLink) throw new Error(`${this.constructor.name} has no next middleware`);
    await this.nextLink.execute(context);
  }

  abstract execute(context: Context): Promise<void>;
}

export function setHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else options.headers = { ...(headers as Record<string, string> | undefined), [name]: value };
}

export function methodOf(context: Context): string {
  return (context.options?.method ?? 'GET').toUpperCase();
}

export function urlOf(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}
