// No host imports another host.
// as: src/server/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "cli"
import '../cli/main.js';
