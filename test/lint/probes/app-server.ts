// The app does not know its hosts.
// as: src/app/returns/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "server"
import '../../server/app.js';
