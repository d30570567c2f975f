import { http } from '../../../shared/api/index.js';

export interface PersonOption {
  id: string;
  name: string;
  jobTitle: string;
}

export function getPeople(): Promise<PersonOption[]> {
  return http.get<PersonOption[]>('/api/people');
}
