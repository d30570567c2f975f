// Shared infrastructure does not live in, or lean on, a host.
// as: src/platform/config/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "server"
import '../../server/app.js';
