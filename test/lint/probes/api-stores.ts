// The api contract knows nothing of storage.
// as: src/api/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "stores"
import type * as Stores from '../stores/sqlite/index.js';

export type Probe = typeof Stores;
