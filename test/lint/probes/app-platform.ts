// The app is given its settings; it does not read configuration.
// as: src/app/returns/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "platform"
import '../../platform/logging/logger.js';
