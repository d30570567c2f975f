// The bot's public surface: mountBot wires the adapter, the notifier and the activity handler onto
// the server's /api/messages, from the one configuration module.
import type { Express } from 'express';
import type { AppDeps } from '../src/app/deps.js';
import type { Config } from '../src/server/config/config.js';
import type { Logger } from '../src/server/logging/logger.js';
import { createAdapter, type BotCredentials } from './adapter.js';
import { createNotifier, type Notifier } from './notify/index.js';
import { TeamsBot } from './teams-bot.js';

export interface MountBotOptions {
  deps: AppDeps;
  config: Config;
  logger: Logger;
  /** Overrides the credentials from config (tests). */
  credentials?: BotCredentials;
}

export function mountBot(
  app: Express,
  { deps, config, logger, credentials }: MountBotOptions,
): { notifier: Notifier } {
  const creds = credentials ?? {
    appId: config.botAppId,
    appPassword: config.botAppPassword,
    tenantId: config.botTenantId ?? config.tenantId,
    appType: config.botAppType,
  };
  const adapter = createAdapter(creds, logger);
  const notifier = createNotifier({ deps, adapter, appId: creds.appId ?? '', logger });
  const bot = new TeamsBot({
    deps,
    notifier,
    logger,
    identity: {
      mode: config.mode,
      localUser: config.mode === 'local' ? config.botLocalUser : undefined,
    },
  });
  app.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return { notifier };
}

export { createAdapter, type BotCredentials } from './adapter.js';
export { TeamsBot, cardResponse } from './teams-bot.js';
export type { Notifier } from './notify/index.js';
