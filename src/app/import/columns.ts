// The columns of the import file (the README, "Importing indicators, targets and history from CSV"). Header names are matched case-insensitively,
// ignoring surrounding spaces, so `Code` and ` code ` both work.
export const REQUIRED_COLUMNS = [
  'code',
  'title',
  'polarity',
  'unit',
  'frequency',
  'period',
  'target',
  'actual',
] as const;

export const OPTIONAL_COLUMNS = [
  'decimals',
  'ytd',
  'definition',
  'service',
  'scope',
  'commentary',
  'collector',
  'responsible',
  'authoriser',
  'state',
  // Breakdown rows (issue 16): one row per breakdown value; `actual` gives the value.
  'breakdown',
  'breakdown_value',
  'numerator',
  'denominator',
] as const;

export type ColumnName = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase();
}

export function isKnownColumn(name: string): name is ColumnName {
  return KNOWN.has(name);
}

/** One data record: trimmed cells by column (absent columns are ''), and its first line. */
export interface RawRow {
  line: number;
  cells: Record<ColumnName, string>;
}
