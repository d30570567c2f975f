// Production code never imports test code.
// as: src/app/returns/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "test-support"
import '../../../test/support/test-clock.js';
