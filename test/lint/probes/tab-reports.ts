// The tab asks the server for reports; it does not import them.
// as: src/tab/shared/api/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "reports"
import '../../../reports/index.js';
