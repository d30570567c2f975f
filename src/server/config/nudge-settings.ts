// Settings of the nudge scheduler (issue 4): how often the cycle runs, the per-tenant rate Teams
// allows (30 a second on the rate-limit page; a newer revision says 50), and how a person who has
// never spoken to the bot is reached: a new 1:1 conversation (default), or the app installed for
// them through Microsoft Graph (GT_NUDGE_INSTALL_APP=true).
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
};

export const NUDGE_ENV_NAMES = {
  nudgeIntervalMinutes: 'GT_NUDGE_INTERVAL_MINUTES',
  nudgeGlobalPerSecond: 'GT_NUDGE_GLOBAL_PER_SECOND',
  nudgeInstallApp: 'GT_NUDGE_INSTALL_APP',
  teamsAppId: 'GT_TEAMS_APP_ID',
  nudgeServiceUrl: 'GT_NUDGE_SERVICE_URL',
} as const;

/** Lines naming what GT_NUDGE_INSTALL_APP=true lacks: the manifest id and Graph credentials. */
export function missingInstallSettings(
  config: { nudgeInstallApp: boolean; teamsAppId?: string; entraAppId?: string },
  graphAuth: boolean,
): string[] {
  if (!config.nudgeInstallApp) return [];
  const lines: string[] = [];
  if (!config.teamsAppId && !config.entraAppId) {
    lines.push('GT_TEAMS_APP_ID: required when GT_NUDGE_INSTALL_APP=true (the manifest id)');
  }
  if (!graphAuth) {
    lines.push(
      'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH ' +
        '(or GT_USE_MANAGED_IDENTITY=true): required when GT_NUDGE_INSTALL_APP=true ' +
        '(Graph credentials)',
    );
  }
  return lines;
}
