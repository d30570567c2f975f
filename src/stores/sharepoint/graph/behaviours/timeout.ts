// Gives up on a request that has not answered in time, so a hung connection cannot hold a write
// forever; the retry behaviour decides whether repeating it is safe.
import type { Context } from '@microsoft/microsoft-graph-client';
import { Behaviour } from './behaviour.js';

export class GraphTimeoutError extends Error {
  constructor(ms: number) {
    super(`Microsoft Graph did not answer within ${ms} ms`);
  }
}

export class TimeoutBehaviour extends Behaviour {
  constructor(private readonly ms: number) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.ms);
    context.options = { ...context.options, signal: controller.signal };
    try {
      await this.next(context);
    } catch (error) {
      if (controller.signal.aborted) throw new GraphTimeoutError(this.ms);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
