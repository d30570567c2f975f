import { ApiError, http, type Me } from '../../../shared/api/index.js';

/** Who the server thinks I am, or null when nobody is signed in (401). */
export async function getMe(): Promise<Me | null> {
  try {
    return await http.get<Me>('/api/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}
