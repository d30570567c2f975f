// The composition root: one place that chooses the store and wires the app (STYLE.md). Used by
// `npm start`, by the integration tests (port 0, a temp database) and by the benchmarks.
import { createServer, type Server } from 'node:http';
import { botFollowUpsIdle } from '../../bot/index.js';
import type { AddressInfo } from 'node:net';
import { systemClock, type AppDeps, type Clock } from '../app/deps.js';
import type { Store } from '../domain/ports/store.js';
import { openSharePointStoreFromConfig } from '../stores/sharepoint/index.js';
import { openSqliteStore } from '../stores/sqlite/index.js';
import type { MeetingRoles } from '../app/meeting-stage/index.js';
import { createServerApp } from './app.js';
import type { Config } from './config/config.js';
import type { Logger } from './logging/logger.js';
import { meetingRolesFromConfig } from './meetings/meeting-roles-from-config.js';
import { prepareStore } from './prepare-store.js';
import { quarterNotice } from './quarter-notice.js';
import { startNudgeScheduler, type NudgeScheduler } from './scheduler.js';

export interface RunningServer {
  url: string;
  port: number;
  deps: AppDeps;
  server: Server;
  /** The nudge scheduler, when it runs in this process (GT_NUDGE_INTERVAL_MINUTES > 0). */
  nudges: NudgeScheduler | null;
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
  const clock = options.clock ?? systemClock;
  const store =
    options.store ??
    (config.store === 'sharepoint'
      ? openSharePointStoreFromConfig(config, logger, () => clock.now())
      : openSqliteStore({ file: config.dataFile, clock: () => clock.now() }));
  const { seeded, opened } = await prepareStore(store, config, clock);
  if (seeded)
    logger.info({ summary: seeded.summary, today: seeded.today }, 'seeded the demo council');
  if (opened) logger.info({ opened }, 'opened returns for periods that have ended');
  const deps: AppDeps = {
    store,
    clock,
    meetingRoles: options.meetingRoles ?? meetingRolesFromConfig(config),
  };
  let url = '';
  deps.afterAuthorise = quarterNotice({ config, deps, logger, baseUrl: () => url });
  const app = createServerApp({ config, deps, logger });
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
    async close() {
      await nudges?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      // Card follow-ups run after Teams has its answer: let them finish before the store closes.
      await botFollowUpsIdle(deps);
      await store.close();
    },
  };
}
