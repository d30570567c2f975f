// The SharePoint REST credential (GT_SP_REST_*), used only by `golden-thread provision` to add the
// list views, which Graph cannot create. SharePoint REST takes app-only tokens from a certificate
// only ("Can I use other means besides certificates…? No, all other options are blocked by
// SharePoint Online": https://learn.microsoft.com/sharepoint/dev/solution-guidance/security-apponly-azuread),
// so neither the managed identity nor a client secret is offered here. The identity also needs
// SharePoint's own Sites.Selected app role and `manage` on the site
// (https://learn.microsoft.com/sharepoint/dev/sp-add-ins-modernize/understanding-rsc-for-msgraph-and-sharepoint-online).
// Without it provisioning skips the views and says so: the app itself never reads them.
import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

export const restSettings = {
  /** The app registration whose certificate SharePoint REST accepts; defaults to GT_APP_ID. */
  restClientId: z.string().regex(GUID, 'must be a GUID (the app registration id)').optional(),
  /** A PEM file with that registration's certificate and private key. */
  restCertificatePath: z.string().min(1).optional(),
  /** A fixed bearer token for SharePoint REST, accepted only by the local Graph emulator. */
  restStaticToken: z.string().min(1).optional(),
};

export const REST_ENV_NAMES = {
  restClientId: 'GT_SP_REST_CLIENT_ID',
  restCertificatePath: 'GT_SP_REST_CERTIFICATE_PATH',
  restStaticToken: 'GT_SP_REST_STATIC_TOKEN',
} as const;
