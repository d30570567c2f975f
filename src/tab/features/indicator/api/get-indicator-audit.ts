import { http } from '../../../shared/api/index.js';

/** One change to the indicator, one of its targets, or one of its returns (newest first). */
export interface AuditLine {
  id: string;
  at: string;
  actorName: string;
  channel: string;
  /** 'indicator', 'target 2025/26', or a return's period key. */
  subject: string;
  action: 'create' | 'update' | 'delete';
  event: string | null;
  changed: string[];
  note: string | null;
}

export function getIndicatorAudit(code: string, top = 20): Promise<AuditLine[]> {
  return http.get<AuditLine[]>(`/api/indicators/${encodeURIComponent(code)}/audit?top=${top}`);
}
