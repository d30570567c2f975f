// The Bot Framework adapter. Locally it runs without an app id (anonymous, as the Agents Playground
// and the Bot Framework Emulator expect); in a tenant it is given the bot's app id and secret, and
// then botbuilder refuses activities without a valid Bot Framework token (config refuses tenant
// mode without an app id, so anonymous is only ever local).
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Logger } from '../src/server/logging/logger.js';

export interface BotCredentials {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  /** MICROSOFT_APP_TYPE; a user-assigned managed identity needs no secret. */
  appType?: 'UserAssignedMSI' | 'SingleTenant' | 'MultiTenant';
}

export function createAdapter(credentials: BotCredentials, logger: Logger): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = credentials.appId
    ? {
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.appPassword ?? '',
        MicrosoftAppTenantId: credentials.tenantId ?? '',
        MicrosoftAppType:
          credentials.appType ?? (credentials.tenantId ? 'SingleTenant' : 'MultiTenant'),
      }
    : {};
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
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
