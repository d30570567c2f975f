import { http } from '../../../shared/api/index.js';

/** Sets the local-mode identity cookie (httpOnly, so only the server reads it). */
export function signIn(personId: string): Promise<{ id: string; name: string }> {
  return http.post('/api/dev/sign-in', { person: personId });
}

export function signOut(): Promise<void> {
  return http.post<void>('/api/dev/sign-out');
}
