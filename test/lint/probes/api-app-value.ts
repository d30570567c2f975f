// The api contract may name app types, not run app code.
// as: src/api/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "app"
import '../app/deps.js';
