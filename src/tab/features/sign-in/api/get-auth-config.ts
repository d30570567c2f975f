import { http } from '../../../shared/api/index.js';

export interface AuthConfig {
  mode: 'local' | 'tenant';
  clientId: string | null;
  tenantId: string | null;
  /** `api://{host}/{clientId}/access_as_user`. */
  scope: string | null;
}

/** How to sign in here: public, so it is asked before anyone is signed in. */
export function getAuthConfig(): Promise<AuthConfig> {
  return http.get<AuthConfig>('/api/auth/config');
}
