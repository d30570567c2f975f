// Composition of the strategic dashboard edition card (issue 17): a job the scheduler runs with
// every cycle, posting the latest edition's card to the Leadership Team's channel once its date
// has come (postDueEdition claims each edition once, across runs and servers). A failure is logged
// and the next run tries again.
import type { AppDeps } from '../app/deps.js';
import { postDueEdition, type LeadershipNotifier } from '../reports/index.js';
import type { Config } from '../platform/config/config.js';
import type { Logger } from '../platform/logging/logger.js';
import { channelNotifierFor, linkAppIdFor } from './quarter-notice.js';

export interface EditionJobOptions {
  config: Config;
  deps: AppDeps;
  logger: Logger;
  /** Overrides the Teams channel sender (tests of the wiring alone). */
  notifier?: LeadershipNotifier;
}

/** One run: the edition's date when its card was posted, else null. */
export type EditionJob = () => Promise<string | null>;

export function strategicEditionJob({
  config,
  deps,
  logger,
  notifier,
}: EditionJobOptions): EditionJob {
  const sender = notifier ?? channelNotifierFor(config, deps, logger);
  const linkAppId = linkAppIdFor(config, logger);
  return async () => {
    try {
      const posted = await postDueEdition(
        {
          store: deps.store,
          clock: deps.clock,
          baseUrl: config.publicBaseUrl ?? `http://localhost:${config.port}`,
          teamsAppId: await linkAppId(),
          tenantId: config.tenantId,
        },
        sender,
      );
      if (posted) logger.info({ edition: posted }, 'strategic dashboard edition card posted');
      return posted;
    } catch (err) {
      logger.warn({ err }, 'the strategic dashboard edition card was not posted');
      return null;
    }
  };
}
