// What every use case needs: the store and the clock (injected so schedules and due dates are
// tested without waiting — STYLE.md principle 7).
import type { Store } from '../domain/ports/store.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppDeps {
  store: Store;
  clock: Clock;
}
