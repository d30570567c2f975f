// The nudge scheduler (issue 4): runs the nudge cycle every GT_NUDGE_INTERVAL_MINUTES (default 15;
// 0 = off), one cycle at a time, through the bot's proactive sender. Off under Vitest unless a test
// asks (GT_NUDGE_IN_TESTS=1), so the other suites never see a reminder they did not expect.
import { hostname } from 'node:os';
import { botFrameworkToken, createConnectorDigestSender } from '../../bot/reminders/index.js';
import type { AppDeps } from '../app/deps.js';
import {
  RateLimiter,
  limitsWithGlobal,
  realTimer,
  runNudgeCycle,
  type CycleReport,
  type DigestSender,
} from '../app/nudges/index.js';
import type { Config } from './config/config.js';
import type { Logger } from './logging/logger.js';

export interface NudgeScheduler {
  /** Runs one cycle now (waits for one in progress first). */
  runOnce(): Promise<CycleReport>;
  stop(): Promise<void>;
}

export function schedulerEnabled(config: Config, env: NodeJS.ProcessEnv = process.env): boolean {
  if (config.nudgeIntervalMinutes <= 0) return false;
  return !env.VITEST || env.GT_NUDGE_IN_TESTS === '1';
}

export function startNudgeScheduler(
  { config, deps, logger }: { config: Config; deps: AppDeps; logger: Logger },
  sender?: DigestSender,
): NudgeScheduler | null {
  if (!schedulerEnabled(config)) return null;
  const digestSender =
    sender ??
    createConnectorDigestSender({
      deps,
      getToken: botFrameworkToken({
        appId: config.botAppId,
        appPassword: config.botAppPassword,
        tenantId: config.botTenantId ?? config.tenantId,
        appType: config.botAppType,
      }),
    });
  // One limiter for the life of the process: Teams' windows run across cycles (1,800 an hour).
  const limiter = new RateLimiter(limitsWithGlobal(config.nudgeGlobalPerSecond), realTimer);
  const instance = `${hostname()}:${process.pid}`;
  let running: Promise<CycleReport> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const cycle = async (): Promise<CycleReport> => {
    while (running) await running.catch(() => undefined);
    running = runNudgeCycle(deps, { sender: digestSender, limiter, timer: realTimer, instance });
    try {
      const report = await running;
      if (report.ran && !report.why) logger.info({ report }, 'nudge cycle');
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
