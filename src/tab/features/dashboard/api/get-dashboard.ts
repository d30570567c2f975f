import { http, queryString, type Dashboard } from '../../../shared/api/index.js';

/** The corporate health dashboard; without a period the server picks last month. */
export function getDashboard(period?: string): Promise<Dashboard> {
  return http.get<Dashboard>(`/api/dashboard${queryString({ period })}`);
}
