import type { HostContext } from '../../../teams/index.js';

/**
 * The account Teams says is signed in, as MSAL's account filter: homeAccountId is
 * `<object id>.<tenant id>` for an Entra account, and loginHint is Teams' user.loginHint. The NAA
 * guide passes both, so MSAL picks this person's account rather than whichever is cached first
 * (two people on one machine, or a guest account).
 */
export function accountHint(context: HostContext): {
  homeAccountId?: string;
  loginHint?: string;
  tenantId?: string;
} {
  const { userObjectId, tenantId, loginHint } = context;
  return {
    ...(userObjectId && tenantId ? { homeAccountId: `${userObjectId}.${tenantId}` } : {}),
    ...(loginHint ? { loginHint } : {}),
    ...(tenantId ? { tenantId } : {}),
  };
}
