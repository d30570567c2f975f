// Stores do not know their hosts.
// as: src/stores/sqlite/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "server"
import '../../server/app.js';
