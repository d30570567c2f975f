// Work a card decision causes that the person clicking need not wait for: bringing the other
// copies of the card up to date and sending the next person theirs. Teams gives an invoke a few
// seconds before the client shows an error, even though the figure was saved: five seconds, then
// the client retries, is what the Teams docs state for invokes ("Respond to the dialog submit
// action", learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/action-commands/
// respond-to-task-module-submit); the Universal Actions pages give no longer limit. So the invoke
// is answered as soon as the decision is stored and this runs after. A failed step is tried again once and then
// logged by return and step only (no names, ids of people or message text); pending work is
// tracked, so a test or a shutdown can wait for it (`idle`) rather than lose it.
import type { Logger } from '../../src/platform/logging/logger.js';

export interface FollowUpLabel {
  returnId: string;
  /** What caused it, e.g. the workflow event `enter`. */
  event: string;
}

export interface FollowUps {
  /** Starts `work` without waiting; never throws to the caller. */
  later(label: FollowUpLabel, work: () => Promise<void>): void;
  /** Resolves once every follow-up started so far has finished (or finally failed). */
  idle(): Promise<void>;
  /** Follow-ups that failed on every try since start (also logged). */
  readonly failed: number;
}

/** The error's kind and HTTP status only: messages from Teams or Graph can name people. */
export function errorSummary(err: unknown): { name: string; status?: number; code?: string } {
  const e = err as { name?: unknown; status?: unknown; statusCode?: unknown; code?: unknown };
  const status = typeof e?.status === 'number' ? e.status : e?.statusCode;
  return {
    name: typeof e?.name === 'string' ? e.name : typeof err,
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof e?.code === 'string' ? { code: e.code.slice(0, 60) } : {}),
  };
}

export function createFollowUps(
  logger: Logger,
  options: { attempts?: number; retryDelayMs?: number } = {},
): FollowUps {
  const attempts = options.attempts ?? 2;
  const delay = options.retryDelayMs ?? 500;
  const pending = new Set<Promise<void>>();
  let failed = 0;

  async function run(label: FollowUpLabel, work: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await work();
        return;
      } catch (err) {
        if (attempt >= attempts) {
          failed++;
          logger.error(
            { ...label, attempts: attempt, error: errorSummary(err) },
            'card follow-up failed: other copies or the next person may not have been updated',
          );
          return;
        }
        logger.warn({ ...label, attempt, error: errorSummary(err) }, 'card follow-up retried');
        await new Promise((resolve) => setTimeout(resolve, delay * attempt));
      }
    }
  }

  return {
    later(label, work) {
      // After the response: setImmediate lets botbuilder write the invoke response first.
      const task = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => run(label, work))
        .finally(() => pending.delete(task));
      pending.add(task);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    get failed() {
      return failed;
    },
  };
}
