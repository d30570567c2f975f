// Starts the server host on the application the composition root builds (build-application.ts):
// `npm start`, the integration tests (port 0, a temp database) and the benchmarks all come here.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppDeps, Clock } from '../app/deps.js';
import type { MeetingRoles } from '../app/meeting-stage/index.js';
import type { Store } from '../domain/ports/store.js';
import type { Config } from '../platform/config/config.js';
import type { Logger } from '../platform/logging/logger.js';
import { createServerApp } from '../server/app.js';
import { createRenderPool } from '../reports/index.js';
import { buildApplication } from './build-application.js';
import { startNudgeScheduler, type NudgeScheduler } from './scheduler.js';

export interface RunningServer {
  url: string;
  port: number;
  deps: AppDeps;
  server: Server;
  /** The nudge scheduler, when it runs in this process (GT_NUDGE_INTERVAL_MINUTES > 0). */
  nudges: NudgeScheduler | null;
  /** Resolves once the bot's follow-ups (cards, chat messages) started so far are done. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  store?: Store;
  /** Overrides the meeting-role lookup chosen from config (tests: a Teams stand-in). */
  meetingRoles?: MeetingRoles;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config, logger } = options;
  let url = '';
  const application = await buildApplication({ ...options, bot: true, baseUrl: () => url });
  const { deps, prepared } = application;
  if (prepared.seeded)
    logger.info(
      { summary: prepared.seeded.summary, today: prepared.seeded.today },
      'seeded the demo council',
    );
  if (prepared.opened)
    logger.info({ opened: prepared.opened }, 'opened returns for periods that have ended');
  // One thread for report layout: with the event loop that makes both of a small host's cores.
  const renderPool = createRenderPool({ threads: 1 });
  const app = createServerApp({
    config,
    deps,
    logger,
    bot: application.bot,
    render: renderPool.render,
  });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const nudges = startNudgeScheduler({ config, deps, logger });
  return {
    url,
    port,
    deps,
    server,
    nudges,
    idle: async () => {
      await application.bot?.idle();
    },
    async close() {
      await nudges?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await renderPool.close();
      await application.close();
    },
  };
}
