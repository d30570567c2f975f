// The strategic dashboard as at a date (today when none), and the editions of its cadence so far.
import { http, queryString } from '../../../shared/api/index.js';
import type { EditionsView, StrategicDashboardView } from '../../../../api/index.js';

export type {
  EditionsView,
  StrategicDashboardView,
  StrategicIndicatorRow,
  StrategicKeyAction,
  StrategicRisk,
} from '../../../../api/index.js';

export function getStrategicDashboard(asAt?: string): Promise<StrategicDashboardView> {
  return http.get<StrategicDashboardView>(`/api/strategic-dashboard${queryString({ asAt })}`);
}

export function getStrategicEditions(): Promise<EditionsView> {
  return http.get<EditionsView>('/api/strategic-dashboard/editions');
}
