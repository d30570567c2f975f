import {
  http,
  queryString,
  type Dashboard,
  type DashboardQuery,
} from '../../../shared/api/index.js';

/**
 * The corporate health dashboard; without a period the server picks last month. Authorised
 * figures only unless `includeProvisional` (leaders only).
 */
export function getDashboard(period?: string, includeProvisional = false): Promise<Dashboard> {
  const query: DashboardQuery = {
    period,
    ...(includeProvisional ? { provisional: 'include' } : {}),
  };
  return http.get<Dashboard>(`/api/dashboard${queryString({ ...query })}`);
}
