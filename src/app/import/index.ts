// Public surface of the CSV import (format: the README, "Importing indicators, targets and history from CSV").
export { importCsv } from './import-csv.js';
export type { ImportOptions, ImportSummary } from './types.js';
export { formatProblem } from './problems.js';
export { decodeCsvText } from './decode-text.js';
export { REQUIRED_COLUMNS, OPTIONAL_COLUMNS } from './columns.js';
export { parseFigure } from './cell-parsers.js';
