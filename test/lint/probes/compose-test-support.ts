// The composition root wires production code only.
// as: src/compose/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "test-support"
import '../../test/graph-emulator/index.js';
