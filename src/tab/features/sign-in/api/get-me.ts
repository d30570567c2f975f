import { ApiError, http, type Person } from '../../../shared/api/index.js';

/** Who the server thinks I am, or null when nobody is signed in (401). */
export async function getMe(): Promise<Person | null> {
  try {
    return await http.get<Person>('/api/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}
