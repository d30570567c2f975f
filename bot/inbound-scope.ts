// What happened while one inbound request was answered, for the endpoint to decide its status from:
// botbuilder folds an authentication failure and a failed turn into the same caught error, so the
// parts that know (our authentication wrapper, the console routing) note it here instead.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../src/platform/logging/logger.js';

export interface InboundScope {
  logger: Logger;
  /** Set when botbuilder's token check refused or could not complete. */
  authFailed: boolean;
  /** The errors botbuilder reported on the console meanwhile, for the endpoint's own log line. */
  errors: unknown[];
}

const storage = new AsyncLocalStorage<InboundScope>();

export function newInboundScope(logger: Logger): InboundScope {
  return { logger, authFailed: false, errors: [] };
}

/** Runs `work` as the answer to one inbound request. */
export function answeringInbound<T>(scope: InboundScope, work: () => Promise<T>): Promise<T> {
  return storage.run(scope, work);
}

/** The request being answered, if any (none during a proactive send). */
export function currentInbound(): InboundScope | undefined {
  return storage.getStore();
}
