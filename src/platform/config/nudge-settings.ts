// Settings of the nudge scheduler (issue 4): how often the cycle runs, the per-tenant rate Teams
// allows (30 a second on the rate-limit page; a newer revision says 50), and how a person who has
// never spoken to the bot is reached: a new 1:1 conversation (default), or the app installed for
// them through Microsoft Graph (GT_NUDGE_INSTALL_APP=true).
// The install runs as the app registration itself (the manifest's webApplicationInfo app), not as
// the server's managed identity: Graph's `…SelfForUser` install permissions cover only the app whose
// webApplicationInfo id is the caller ("Proactive installation", Microsoft Graph permissions
// reference), and the SharePoint store keeps its own credential. So the install credential is
// separate (GT_INSTALL_*): the registration's certificate, or a federated credential on the
// registration that trusts the managed identity (no secret anywhere), used for installs only.
import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

export const nudgeSettings = {
  /** Minutes between nudge cycles; 0 switches the scheduler off. */
  nudgeIntervalMinutes: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(15),
  /** Teams' per-app-per-tenant limit the limiter keeps to, per second. */
  nudgeGlobalPerSecond: z.coerce.number().int().min(1).max(1000).default(30),
  /**
   * Digests in flight at once. The limiter, not this, keeps to Teams' rates; this has to cover a
   * send's round trip, or the cycle falls short of them: at a few hundred milliseconds a send, one
   * at a time reaches 3 to 5 a second against the 30 allowed (30 × 0.25 s ≈ 8). Each digest in
   * flight is one a crash can leave unconfirmed, to be sent again after the restart.
   */
  nudgeParallel: z.coerce.number().int().min(1).max(32).default(8),
  /** Install the app for never-contacted people through Graph before the first digest. */
  nudgeInstallApp: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .transform((v) => v === true || v === 'true' || v === '1')
    .default(false),
  /** The Teams app's manifest id (as for `npm run package`); defaults to GT_APP_ID, as there. */
  teamsAppId: z.string().regex(GUID, 'must be a GUID (the Teams app manifest id)').optional(),
  /**
   * The connector's service URL before the bot has seen any conversation in the tenant, e.g.
   * `https://smba.trafficmanager.net/uk/`. None by default, so local mode never calls Teams.
   */
  nudgeServiceUrl: z.string().url().optional(),
  /** The registration installs run as (the manifest's webApplicationInfo id); default GT_APP_ID. */
  installClientId: z
    .string()
    .regex(GUID, 'must be a GUID (the app registration client id)')
    .optional(),
  /** The registration's certificate (PEM, private key included) for install tokens. */
  installCertificatePath: z.string().min(1).optional(),
  /**
   * Install tokens through a federated credential on the registration that trusts the server's
   * managed identity (AZURE_CLIENT_ID names the identity): no certificate or secret to keep.
   */
  installFederated: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .transform((v) => v === true || v === 'true' || v === '1')
    .default(false),
  /** A fixed bearer token for installs: the local Graph emulator only, as GRAPH_STATIC_TOKEN. */
  installStaticToken: z.string().min(1).optional(),
};

export const NUDGE_ENV_NAMES = {
  nudgeIntervalMinutes: 'GT_NUDGE_INTERVAL_MINUTES',
  nudgeGlobalPerSecond: 'GT_NUDGE_GLOBAL_PER_SECOND',
  nudgeParallel: 'GT_NUDGE_PARALLEL',
  nudgeInstallApp: 'GT_NUDGE_INSTALL_APP',
  teamsAppId: 'GT_TEAMS_APP_ID',
  nudgeServiceUrl: 'GT_NUDGE_SERVICE_URL',
  installClientId: 'GT_INSTALL_CLIENT_ID',
  installCertificatePath: 'GT_INSTALL_CERTIFICATE_PATH',
  installFederated: 'GT_INSTALL_FEDERATED_CREDENTIAL',
  installStaticToken: 'GT_INSTALL_STATIC_TOKEN',
} as const;

/** Lines naming what GT_NUDGE_INSTALL_APP=true lacks: the manifest id and the install credential. */
export function missingInstallSettings(config: {
  nudgeInstallApp: boolean;
  teamsAppId?: string;
  entraAppId?: string;
  tenantId?: string;
  installClientId?: string;
  installCertificatePath?: string;
  installFederated: boolean;
  installStaticToken?: string;
}): string[] {
  if (!config.nudgeInstallApp) return [];
  const lines: string[] = [];
  if (!config.teamsAppId && !config.entraAppId) {
    lines.push('GT_TEAMS_APP_ID: required when GT_NUDGE_INSTALL_APP=true (the manifest id)');
  }
  if (config.installStaticToken) return lines;
  if (!config.installCertificatePath && !config.installFederated) {
    lines.push(
      'GT_INSTALL_CERTIFICATE_PATH or GT_INSTALL_FEDERATED_CREDENTIAL=true: required when ' +
        "GT_NUDGE_INSTALL_APP=true (the app registration's own credential for installs; the " +
        "store's credential is not used for them)",
    );
  }
  if (!config.installClientId && !config.entraAppId) {
    lines.push(
      'GT_INSTALL_CLIENT_ID (or GT_APP_ID): required when GT_NUDGE_INSTALL_APP=true ' +
        "(the registration named in the manifest's webApplicationInfo)",
    );
  }
  if (!config.tenantId) {
    lines.push('GT_TENANT_ID: required when GT_NUDGE_INSTALL_APP=true (install tokens)');
  }
  return lines;
}
