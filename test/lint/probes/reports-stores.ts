// Reports are built from app views, not read from a store.
// as: src/reports/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "stores"
import '../stores/sqlite/index.js';
