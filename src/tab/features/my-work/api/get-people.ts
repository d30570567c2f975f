import { http, type PersonOption } from '../../../shared/api/index.js';

export type { PersonOption };

export function getPeople(): Promise<PersonOption[]> {
  return http.get<PersonOption[]>('/api/people');
}
