// The nudge scheduler (issue 4): runs the nudge cycle every GT_NUDGE_INTERVAL_MINUTES (default 15;
// 0 = off), one cycle at a time, through the bot's proactive sender (createNudgeSender), and after
// each cycle the strategic dashboard edition job (issue 17: its card once per edition). Off under
// Vitest unless a test asks (GT_NUDGE_IN_TESTS=1), so the other suites never see a reminder they
// did not expect.
import { hostname } from 'node:os';
import {
  botFrameworkToken,
  createConnectorDigestSender,
  createGraphAppInstaller,
  installCredential,
  type TabLink,
} from '../../bot/reminders/index.js';
import type { AppDeps } from '../app/deps.js';
import { tabPageUrl } from '../app/links/tab-page-url.js';
import {
  RateLimiter,
  limitsWithGlobal,
  realTimer,
  runNudgeCycle,
  type CycleReport,
  type DigestSender,
} from '../app/nudges/index.js';
import { createGraphApi } from '../stores/sharepoint/index.js';
import type { Config } from '../platform/config/config.js';
import type { Logger } from '../platform/logging/logger.js';
import { linkAppIdFor } from './quarter-notice.js';
import { strategicEditionJob, type EditionJob } from './strategic-notice.js';

export interface NudgeScheduler {
  /** Runs one cycle now (waits for one in progress first). */
  runOnce(): Promise<CycleReport>;
  stop(): Promise<void>;
}

export function schedulerEnabled(config: Config, env: NodeJS.ProcessEnv = process.env): boolean {
  if (config.nudgeIntervalMinutes <= 0) return false;
  return !env.VITEST || env.GT_NUDGE_IN_TESTS === '1';
}

/**
 * The bot's proactive sender as configured: the connector with the bot's token and, with
 * GT_NUDGE_INSTALL_APP=true, Graph to install the app for people who have never opened it — as
 * the app registration itself (GT_INSTALL_*), a credential apart from the store's.
 */
export function createNudgeSender(config: Config, deps: AppDeps, logger?: Logger): DigestSender {
  const installer = config.nudgeInstallApp
    ? createGraphAppInstaller({
        graph: createGraphApi({
          baseUrl: config.graphBaseUrl,
          credential: installCredential({
            ...config,
            installClientId: config.installClientId ?? config.entraAppId,
          }),
          // No retries inside the client: a 429 or 5xx goes back to the cycle, which waits,
          // counts the attempt in the ledger and books its limiter slot, as for the connector.
          retry: { maxRetries: 0 },
        }),
        teamsAppId: (config.teamsAppId ?? config.entraAppId)!,
        graphBaseUrl: config.graphBaseUrl,
      })
    : undefined;
  return createConnectorDigestSender({
    deps,
    getToken: botFrameworkToken({
      appId: config.botAppId,
      appPassword: config.botAppPassword,
      tenantId: config.botTenantId ?? config.tenantId,
      appType: config.botAppType,
    }),
    installer,
    defaults: {
      serviceUrl: config.nudgeServiceUrl,
      tenantId: config.tenantId,
      botAppId: config.botAppId,
    },
    tabLink: tabLinkFor(config, logger),
  });
}

/** Links from a digest to the tab: Teams deep links in a tenant, this server's pages locally. */
function tabLinkFor(config: Config, logger?: Logger): () => Promise<TabLink> {
  const linkAppId = linkAppIdFor(config, logger);
  const baseUrl = config.publicBaseUrl ?? `http://localhost:${config.port}`;
  return async () => {
    const options = { baseUrl, teamsAppId: await linkAppId(), tenantId: config.tenantId };
    return (page, label) => tabPageUrl(page, label, options);
  };
}

export function startNudgeScheduler(
  { config, deps, logger }: { config: Config; deps: AppDeps; logger: Logger },
  sender?: DigestSender,
  editionJob?: EditionJob,
): NudgeScheduler | null {
  if (!schedulerEnabled(config)) return null;
  const digestSender = sender ?? createNudgeSender(config, deps, logger);
  const editions = editionJob ?? strategicEditionJob({ config, deps, logger });
  // One limiter for the life of the process: Teams' windows run across cycles (1,800 an hour).
  const limiter = new RateLimiter(limitsWithGlobal(config.nudgeGlobalPerSecond), realTimer);
  const instance = `${hostname()}:${process.pid}`;
  let running: Promise<CycleReport> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const cycle = async (): Promise<CycleReport> => {
    while (running) await running.catch(() => undefined);
    running = runNudgeCycle(deps, {
      sender: digestSender,
      limiter,
      timer: realTimer,
      instance,
      parallel: config.nudgeParallel,
    });
    try {
      const report = await running;
      if (report.ran && !report.why) logger.info({ report }, 'nudge cycle');
      // The edition job logs its own failures and never throws: the cycle's report stands.
      await editions();
      return report;
    } finally {
      running = null;
    }
  };
  // The first cycle comes within a minute of start, so a restart does not wait a whole interval.
  const schedule = (first = false) => {
    if (stopped) return;
    const minutes = first ? Math.min(1, config.nudgeIntervalMinutes) : config.nudgeIntervalMinutes;
    timer = setTimeout(() => {
      cycle()
        .catch((err: unknown) => logger.error({ err }, 'nudge cycle failed'))
        .finally(() => schedule());
    }, minutes * 60_000);
    timer.unref();
  };
  schedule(true);
  logger.info({ minutes: config.nudgeIntervalMinutes }, 'nudge scheduler started');
  return {
    runOnce: cycle,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
