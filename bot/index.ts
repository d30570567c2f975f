// The bot's public surface: mountBot wires the adapter, the notifier and the activity handler onto
// the server's /api/messages, from the one configuration module.
import type { Express } from 'express';
import type { AppDeps } from '../src/app/deps.js';
import type { Config } from '../src/server/config/config.js';
import type { Logger } from '../src/server/logging/logger.js';
import { createAdapter, type BotCredentials } from './adapter.js';
import { createFollowUps, createNotifier, type FollowUps, type Notifier } from './notify/index.js';
import { TeamsBot } from './teams-bot.js';

export interface MountBotOptions {
  deps: AppDeps;
  config: Config;
  logger: Logger;
  /** Overrides the credentials from config (tests). */
  credentials?: BotCredentials;
}

/** The follow-ups of the bot mounted with these deps, so a shutdown or a test can wait for them. */
const followUpsOf = new WeakMap<AppDeps, FollowUps>();

/** Resolves once the card follow-ups started so far are done (nothing mounted: at once). */
export async function botFollowUpsIdle(deps: AppDeps): Promise<void> {
  await followUpsOf.get(deps)?.idle();
}

export function mountBot(
  app: Express,
  { deps, config, logger, credentials }: MountBotOptions,
): { notifier: Notifier; followUps: FollowUps } {
  const creds = credentials ?? {
    appId: config.botAppId,
    appPassword: config.botAppPassword,
    tenantId: config.botTenantId ?? config.tenantId,
    appType: config.botAppType,
  };
  const adapter = createAdapter(creds, logger);
  const notifier = createNotifier({ deps, adapter, appId: creds.appId ?? '', logger });
  const followUps = createFollowUps(logger);
  followUpsOf.set(deps, followUps);
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
  app.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return { notifier, followUps };
}

export { createAdapter, type BotCredentials } from './adapter.js';
export { TeamsBot, cardResponse } from './teams-bot.js';
export type { FollowUps, Notifier } from './notify/index.js';
