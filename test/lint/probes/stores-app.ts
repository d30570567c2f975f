// Stores implement domain ports; they do not call use cases.
// as: src/stores/sqlite/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "app"
import '../../app/deps.js';
