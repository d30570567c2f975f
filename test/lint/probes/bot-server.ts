// No host imports another host.
// as: bot/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "server"
import '../src/server/app.js';
