// The demo council is data built by the app; a store is chosen by the composition root.
// as: src/demo/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "stores"
import '../stores/sqlite/index.js';
