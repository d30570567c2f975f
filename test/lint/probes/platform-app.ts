// Configuration and logging sit below the application.
// as: src/platform/config/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "app"
import '../../app/deps.js';
