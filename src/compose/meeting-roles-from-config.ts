// Which meeting-role lookup the server uses: none locally (the demo has no Teams meetings, so
// anyone may present); in a tenant, Teams' Get participant API with the bot's credential. A tenant
// without the service URL cannot check, so it refuses to let anyone take the stage rather than
// letting everyone (the stage would otherwise be anyone's to hijack).
import type { MeetingRoles } from '../app/meeting-stage/index.js';
import { botFrameworkToken } from '../../bot/reminders/bot-token.js';
import { ForbiddenError } from '../domain/errors/errors.js';
import type { Config } from '../platform/config/config.js';
import { teamsParticipantRoles } from '../server/meetings/teams-participant-roles.js';

export function meetingRolesFromConfig(config: Config): MeetingRoles | undefined {
  if (config.mode !== 'tenant') return undefined;
  const getToken = botFrameworkToken({
    appId: config.botAppId,
    appPassword: config.botAppPassword,
    tenantId: config.botTenantId ?? config.tenantId,
    appType: config.botAppType,
  });
  if (!config.nudgeServiceUrl || !config.tenantId || !getToken) {
    return {
      roleOf() {
        throw new ForbiddenError(
          'The server cannot check meeting roles: set GT_NUDGE_SERVICE_URL and the bot credentials',
        );
      },
    };
  }
  return teamsParticipantRoles({
    serviceUrl: config.nudgeServiceUrl,
    tenantId: config.tenantId,
    getToken,
  });
}
