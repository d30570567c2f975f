// Composition of the quarter-complete announcement (issue 8): after every authorisation, from any
// channel, check whether the return's quarter is now fully authorised and, if so, post the card to
// the council's report channel in Teams, once per quarter. Its own adapter (same credentials as the bot's), so the
// use cases never import bot code. A failure is logged: the authorisation itself has happened.
import type { AppDeps, AuthorisedReturn } from '../app/deps.js';
import { createAdapter } from '../../bot/index.js';
import { createChannelNotifier } from '../../bot/notify/index.js';
import {
  onQuarterMaybeComplete,
  type ChannelNotifier,
  type LeadershipNotifier,
} from '../reports/index.js';
import { authFromConfig, createGraphApi, credentialFor } from '../stores/sharepoint/index.js';
import type { Config } from '../platform/config/config.js';
import type { Logger } from '../platform/logging/logger.js';
import { linkAppIdResolver } from './teams-link-app-id.js';

export interface QuarterNoticeOptions {
  config: Config;
  deps: AppDeps;
  logger: Logger;
  /** This server's public address, for the report link (GT_PUBLIC_BASE_URL, else where it listens). */
  baseUrl: () => string;
  /** Overrides the Teams channel sender (tests of the wiring alone). */
  notifier?: ChannelNotifier;
}

/**
 * The manifest id the card's link opens in Teams: GT_TEAMS_APP_ID, else in a tenant GT_APP_ID (as
 * `npm run package` defaults it). None locally, where the link opens the tab on this server.
 */
export function teamsAppIdOf(config: Config): string | undefined {
  return config.teamsAppId ?? (config.mode === 'tenant' ? config.entraAppId : undefined);
}

/**
 * The id the card's deep link names: in a tenant, the app's id in the organisation's catalogue once
 * it is there (looked up through the server's Graph credential), else the manifest id.
 */
export function linkAppIdFor(config: Config, logger?: Logger): () => Promise<string | undefined> {
  const manifestId = teamsAppIdOf(config);
  if (!manifestId || config.mode !== 'tenant') return async () => manifestId;
  let resolve: (() => Promise<string>) | null = null;
  return async () => {
    try {
      resolve ??= linkAppIdResolver({
        graph: createGraphApi({
          baseUrl: config.graphBaseUrl,
          credential: credentialFor(authFromConfig(config)),
        }),
        manifestId,
        onMiss: (reason) => logger?.info({ reason }, 'Teams deep links use the manifest id'),
      });
      return await resolve();
    } catch (err) {
      // No Graph credential configured at all: the manifest id still opens an uploaded custom app.
      logger?.info({ err }, 'Teams deep links use the manifest id');
      return manifestId;
    }
  };
}

/** The bot's channel sender on an adapter of its own (the same credentials as the bot's). */
export function channelNotifierFor(
  config: Config,
  deps: AppDeps,
  logger: Logger,
): ChannelNotifier & LeadershipNotifier {
  return createChannelNotifier({
    deps,
    appId: config.botAppId ?? '',
    logger,
    adapter: createAdapter(
      {
        appId: config.botAppId,
        appPassword: config.botAppPassword,
        tenantId: config.botTenantId ?? config.tenantId,
        appType: config.botAppType,
      },
      logger,
    ),
  });
}

export function quarterNotice({
  config,
  deps,
  logger,
  baseUrl,
  notifier,
}: QuarterNoticeOptions): (event: AuthorisedReturn) => Promise<void> {
  const sender = notifier ?? channelNotifierFor(config, deps, logger);
  const linkAppId = linkAppIdFor(config, logger);
  return async (event) => {
    try {
      const posted = await onQuarterMaybeComplete(
        {
          store: deps.store,
          clock: deps.clock,
          baseUrl: config.publicBaseUrl ?? baseUrl(),
          teamsAppId: await linkAppId(),
          tenantId: config.tenantId,
        },
        event.periodKey,
        sender,
      );
      if (posted)
        logger.info({ periodKey: event.periodKey }, 'quarter fully authorised: card posted');
    } catch (err) {
      logger.warn({ err, periodKey: event.periodKey }, 'the quarter-complete card was not posted');
    }
  };
}
