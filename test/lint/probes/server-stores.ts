// Only the composition root picks a store.
// as: src/server/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "stores"
import '../stores/sqlite/index.js';
