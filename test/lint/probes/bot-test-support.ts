// Production code never imports test code.
// as: bot/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "test-support"
import '../test/graph-emulator/index.js';
