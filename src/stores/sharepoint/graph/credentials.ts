// The app-only credential from configuration: a client secret, a certificate, a managed identity,
// or (for the local emulator) a fixed token.
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import { staticTokenCredential } from './behaviours/auth.js';

export type SharePointAuth =
  | { kind: 'secret'; tenantId: string; clientId: string; clientSecret: string }
  | { kind: 'certificate'; tenantId: string; clientId: string; certificatePath: string }
  | { kind: 'managed-identity'; clientId?: string }
  | { kind: 'static'; token: string };

export function credentialFor(auth: SharePointAuth): TokenCredential {
  switch (auth.kind) {
    case 'secret':
      return new ClientSecretCredential(auth.tenantId, auth.clientId, auth.clientSecret);
    case 'certificate':
      return new ClientCertificateCredential(auth.tenantId, auth.clientId, {
        certificatePath: auth.certificatePath,
      });
    case 'managed-identity':
      return auth.clientId
        ? new ManagedIdentityCredential({ clientId: auth.clientId })
        : new ManagedIdentityCredential();
    case 'static':
      return staticTokenCredential(auth.token);
  }
}
