// The app reaches storage through domain ports, never a store.
// as: src/app/returns/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "stores"
import '../../stores/sqlite/index.js';
