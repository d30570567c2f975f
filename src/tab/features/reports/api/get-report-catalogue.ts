// GET /api/reports: what can be made, in which formats, at which address, and the portfolios.
import { http } from '../../../shared/api/index.js';
import type { OutputFormat, ReportRequestKind } from '../../../../api/reports.js';

export type ReportKind = ReportRequestKind;
export type ReportFormat = OutputFormat;

export interface ReportPortfolio {
  id: string;
  name: string;
  holder: string;
}

export interface ReportCatalogue {
  reports: { kind: ReportKind; formats: ReportFormat[]; href: string }[];
  portfolios: ReportPortfolio[];
}

export function getReportCatalogue(): Promise<ReportCatalogue> {
  return http.get<ReportCatalogue>('/api/reports');
}
