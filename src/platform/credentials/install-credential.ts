// The credential proactive installs run as: the app registration named in the manifest's
// webApplicationInfo, never the SharePoint store's managed identity. Graph's least-privileged
// install permission, TeamsAppInstallation.ReadWriteSelfForUser.All, lets an app install only
// itself — the catalogue app whose webApplicationInfo id is the caller's app id ("Send proactive
// installation messages", learn.microsoft.com/microsoftteams/platform/graph-api/proactive-bots-and-
// messages/graph-proactive-bots-and-messages; permissions reference). Two ways, no secret:
// - the registration's certificate (ClientCertificateCredential);
// - a federated identity credential on the registration that trusts the server's user-assigned
//   managed identity: the identity's token for `api://AzureADTokenExchange` is the client
//   assertion ("Configure an application to trust a managed identity",
//   learn.microsoft.com/entra/workload-id/workload-identity-federation-config-app-trust-managed-identity).
import {
  ClientAssertionCredential,
  ClientCertificateCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';

/** The audience a managed identity's token needs to be accepted as a federated assertion. */
export const FEDERATION_AUDIENCE = 'api://AzureADTokenExchange/.default';

export interface InstallAuthSettings {
  tenantId?: string;
  /** The registration (webApplicationInfo id). */
  installClientId?: string;
  installCertificatePath?: string;
  installFederated: boolean;
  installStaticToken?: string;
  /** The managed identity's client id (AZURE_CLIENT_ID), for the federated route. */
  graphClientId?: string;
}

const fixed = (token: string): TokenCredential => ({
  getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }),
});

/** Config validation (missingInstallSettings) has named anything missing before this runs. */
export function installCredential(s: InstallAuthSettings): TokenCredential {
  if (s.installStaticToken) return fixed(s.installStaticToken);
  const tenantId = s.tenantId!;
  const clientId = s.installClientId!;
  if (s.installCertificatePath) {
    return new ClientCertificateCredential(tenantId, clientId, {
      certificatePath: s.installCertificatePath,
    });
  }
  const identity = s.graphClientId
    ? new ManagedIdentityCredential({ clientId: s.graphClientId })
    : new ManagedIdentityCredential();
  return new ClientAssertionCredential(tenantId, clientId, async () => {
    const token = await identity.getToken(FEDERATION_AUDIENCE);
    if (!token) throw new Error('the managed identity gave no token for the federated credential');
    return token.token;
  });
}
