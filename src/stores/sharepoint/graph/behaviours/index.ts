export { AuthBehaviour, GRAPH_SCOPE, staticTokenCredential } from './auth.js';
export { Behaviour } from './behaviour.js';
export {
  CountBehaviour,
  operationScope,
  partsOf,
  type GraphStats,
  type OperationCounter,
} from './count.js';
export { isSafeToRepeat, retryAfterMs, RetryBehaviour, type RetryOptions } from './retry.js';
export { GraphTimeoutError, TimeoutBehaviour } from './timeout.js';
