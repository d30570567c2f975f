// No host imports another host.
// as: src/cli/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "server"
import '../server/app.js';
