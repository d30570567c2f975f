import { http } from '../../../shared/api/index.js';

export interface AuthConfig {
  mode: 'local' | 'tenant';
  clientId: string | null;
  tenantId: string | null;
  /** `api://{host}/{clientId}/access_as_user`. */
  scope: string | null;
}

let asked: Promise<AuthConfig> | null = null;

/**
 * How to sign in here: public, so it is asked before anyone is signed in. Asked once per page load
 * (it is fixed by the server's configuration); started at start-up alongside the Teams SDK.
 */
export function getAuthConfig(): Promise<AuthConfig> {
  if (!asked) {
    asked = http.get<AuthConfig>('/api/auth/config');
    asked.catch(() => {
      asked = null;
    });
  }
  return asked;
}
