// The composition root (issue 15): the one function that builds the application — the store that
// STORE chooses (with the clock, so audit times and entered times agree), the demo council where it
// applies, the Teams meeting roles, the bot (and with it the notification port), the quarter-
// complete notice — for the server, the CLI and the benchmarks alike. Hosts call this; no host
// builds its own store or imports another host.
import { createBot, type Bot, type BotCredentials } from '../../bot/index.js';
import { systemClock, type AppDeps, type Clock } from '../app/deps.js';
import type { MeetingRoles } from '../app/meeting-stage/index.js';
import { createViewCache } from '../app/views/index.js';
import type { Store } from '../domain/ports/store.js';
import type { Config } from '../platform/config/config.js';
import type { Logger } from '../platform/logging/logger.js';
import { openSharePointStoreFromConfig } from '../stores/sharepoint/index.js';
import { openSqliteStore } from '../stores/sqlite/index.js';
import { meetingRolesFromConfig } from './meeting-roles-from-config.js';
import { prepareStore, type PreparedStore } from './prepare-store.js';
import { quarterNotice } from './quarter-notice.js';
import { tabPageUrl } from '../app/links/tab-page-url.js';

export interface BuildOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** A store already open (tests, benchmarks); else the one STORE chooses. */
  store?: Store;
  /** Overrides the meeting-role lookup chosen from config (tests: a Teams stand-in). */
  meetingRoles?: MeetingRoles;
  /** Builds the bot, and so Teams notifications (the server and the CLI do; most tests do not). */
  bot?: boolean;
  /** Overrides the bot's credentials from config (tests). */
  botCredentials?: BotCredentials;
  /** This host's public address, for links in what the bot posts (the server knows it late). */
  baseUrl?: () => string;
}

export interface Application {
  deps: AppDeps;
  config: Config;
  /** The bot, when built: its endpoint to mount and its follow-ups to wait for. */
  bot: Bot | null;
  /** What preparing the store did (the demo seeded, returns opened), for the host to say. */
  prepared: PreparedStore;
  /** Waits for work after answers (card follow-ups), then closes the store. */
  close(): Promise<void>;
}

/** The store STORE names, opened with the application's clock. */
export function openStore(config: Config, logger: Logger, clock: Clock): Store {
  return config.store === 'sharepoint'
    ? openSharePointStoreFromConfig(config, logger, () => clock.now())
    : openSqliteStore({ file: config.dataFile, clock: () => clock.now() });
}

export async function buildApplication(options: BuildOptions): Promise<Application> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const store = options.store ?? openStore(config, logger, clock);
  const prepared = await prepareStore(store, config, clock);
  const deps: AppDeps = {
    store,
    clock,
    meetingRoles: options.meetingRoles ?? meetingRolesFromConfig(config),
    views: createViewCache(),
  };
  const baseUrl = options.baseUrl ?? (() => config.publicBaseUrl ?? '');
  deps.tabLink = (page, label) =>
    tabPageUrl(page, label, {
      baseUrl: config.publicBaseUrl ?? baseUrl(),
      teamsAppId: config.teamsAppId,
      tenantId: config.tenantId,
    });
  const bot = options.bot
    ? createBot({ deps, config, logger, credentials: options.botCredentials })
    : null;
  // The port is the bot's when there is one; without it nobody can be reached in Teams.
  if (bot) deps.notifications = bot.notifications;
  deps.afterAuthorise = quarterNotice({
    config,
    deps,
    logger,
    baseUrl,
  });
  return {
    deps,
    config,
    bot,
    prepared,
    async close() {
      // Card follow-ups run after Teams has its answer: let them finish before the store closes.
      await bot?.idle();
      await store.close();
    },
  };
}
