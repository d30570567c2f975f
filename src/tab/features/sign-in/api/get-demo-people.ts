import { http, type Role } from '../../../shared/api/index.js';

export interface DemoPerson {
  id: string;
  name: string;
  jobTitle: string;
  roles: Role[];
}

/** The demo people for the sign-in-as picker (local mode only). */
export function getDemoPeople(): Promise<DemoPerson[]> {
  return http.get<DemoPerson[]>('/api/dev/people');
}
