// Public surface of the export: rows at a period, as CSV, JSON or a rated table.
export { exportRows, type ExportRow, type ExportOptions } from './export-rows.js';
export { toCsv, toJson, protectCell, EXPORT_COLUMNS } from './serialise.js';
export { rateTable, ratingSummary } from './rate-table.js';
