// The Bot Framework adapter. Locally it runs without an app id (anonymous, as the Agents Playground
// and the Bot Framework Emulator expect); in a tenant it is given the bot's app id and secret, and
// then botbuilder refuses activities without a valid Bot Framework token (config refuses tenant
// mode without an app id, so anonymous is only ever local).
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Logger } from '../src/platform/logging/logger.js';
import { routeBotbuilderConsole } from './botbuilder-console.js';
import { currentInbound } from './inbound-scope.js';

export interface BotCredentials {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  /** MICROSOFT_APP_TYPE; a user-assigned managed identity needs no secret. */
  appType?: 'UserAssignedMSI' | 'SingleTenant' | 'MultiTenant';
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);
type AuthenticateResult = ReturnType<
  ConfigurationBotFrameworkAuthentication['authenticateRequest']
>;

/**
 * botbuilder's authentication, noting any failure on the inbound request. A token botbuilder cannot
 * verify (signing keys unreachable, a bad signature from `jsonwebtoken`) escapes as a plain Error,
 * which CloudAdapter answers as a 500 with the error's own text, like a failed turn; the endpoint
 * answers 401 instead when this note is there.
 */
class Authentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly logger: Logger,
  ) {
    super(options);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): AuthenticateResult {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      const scope = currentInbound();
      if (scope) scope.authFailed = true;
      const { name, code, statusCode } = error as Record<string, unknown>;
      // botbuilder's AuthenticationError carries a status, and jsonwebtoken's errors are about the
      // token; anything else (the key endpoint down, say) is not the caller's fault, so an
      // operator hears of it.
      if (statusCode !== 401 && !TOKEN_ERRORS.has(String(name))) {
        this.logger.warn({ errName: name, code }, 'could not verify a Bot Framework token');
      }
      throw error;
    }
  }
}

export function createAdapter(credentials: BotCredentials, logger: Logger): CloudAdapter {
  routeBotbuilderConsole(logger);
  const options: ConfigurationBotFrameworkAuthenticationOptions = credentials.appId
    ? {
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.appPassword ?? '',
        MicrosoftAppTenantId: credentials.tenantId ?? '',
        MicrosoftAppType:
          credentials.appType ?? (credentials.tenantId ? 'SingleTenant' : 'MultiTenant'),
      }
    : {};
  const adapter = new CloudAdapter(new Authentication(options, logger));
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityType: context.activity.type }, 'bot turn failed');
    // A proactive turn (continueConversation/createConversation runs as an `event` activity) has
    // nobody waiting for a reply: apologising into that chat fails the same way, and swallowing the
    // error would tell the caller the message was delivered. Rethrow, so the sender records it.
    if (context.activity.type === 'event') throw error;
    if (context.activity.type !== 'message') return;
    await context
      .sendActivity('Sorry, something went wrong on our side. Please try again.')
      .catch((err: unknown) => logger.warn({ err }, 'could not apologise in the chat either'));
  };
  return adapter;
}
