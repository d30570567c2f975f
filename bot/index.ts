// The bot's public surface: createBot builds the adapter, the notifier (and with it the
// application's notification port) and the activity handler, from the one configuration module;
// the composition root (src/compose) mounts its endpoint on the server's /api/messages.
import type { Express } from 'express';
import type { AppDeps } from '../src/app/deps.js';
import type { Notifications } from '../src/app/notifications.js';
import type { Config } from '../src/platform/config/config.js';
import type { Logger } from '../src/platform/logging/logger.js';
import { createAdapter, type BotCredentials } from './adapter.js';
import { mountBotEndpoint } from './endpoint.js';
import {
  createBotNotifications,
  createFollowUps,
  createNotifier,
  type FollowUps,
  type Notifier,
} from './notify/index.js';
import { TeamsBot } from './teams-bot.js';

export interface CreateBotOptions {
  deps: AppDeps;
  config: Config;
  logger: Logger;
  /** Overrides the credentials from config (tests). */
  credentials?: BotCredentials;
}

export interface Bot {
  /** Mounts POST /api/messages (and its error handling) on the server's app. */
  mount(app: Express): void;
  notifier: Notifier;
  /** The application's notification port, delivered in Teams chat. */
  notifications: Notifications;
  followUps: FollowUps;
  /** Resolves once the card follow-ups started so far are done. */
  idle(): Promise<void>;
}

export function createBot({ deps, config, logger, credentials }: CreateBotOptions): Bot {
  const creds = credentials ?? {
    appId: config.botAppId,
    appPassword: config.botAppPassword,
    tenantId: config.botTenantId ?? config.tenantId,
    appType: config.botAppType,
  };
  const adapter = createAdapter(creds, logger);
  const notifier = createNotifier({ deps, adapter, appId: creds.appId ?? '', logger });
  const followUps = createFollowUps(logger);
  const notifications = createBotNotifications({ deps, notifier, followUps });
  const bot = new TeamsBot({
    deps,
    notifier,
    followUps,
    logger,
    identity: {
      mode: config.mode,
      localUser: config.mode === 'local' ? config.botLocalUser : undefined,
    },
  });
  return {
    mount(app) {
      mountBotEndpoint(app, { adapter, bot, logger, appId: creds.appId ?? '' });
    },
    notifier,
    notifications,
    followUps,
    idle: () => followUps.idle(),
  };
}

export { createAdapter, type BotCredentials } from './adapter.js';
export { TeamsBot, cardResponse } from './teams-bot.js';
export type { FollowUps, Notifier } from './notify/index.js';
