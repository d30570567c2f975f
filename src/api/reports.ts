// The reports the API can make and the formats it makes them in: named here so the tab's report
// picker and the server's report route agree without the tab importing the report builders.
export const REPORT_KINDS = [
  'quarterly',
  'portfolio',
  'exception',
  'annual',
  'highlight',
  'monitoring',
  'dashboard',
  'performance-budget',
  'strategic-dashboard',
] as const;
export type ReportRequestKind = (typeof REPORT_KINDS)[number];
export type OutputFormat = 'docx' | 'pdf' | 'png' | 'pptx';
