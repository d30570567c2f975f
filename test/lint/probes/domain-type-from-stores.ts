// A type-only import still couples the domain to a store.
// as: src/domain/ratings/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "stores"
import type * as Stores from '../../stores/sqlite/index.js';

export type Probe = typeof Stores;
