// What every card verb handler is given: the app's dependencies, the notifier for proactive cards,
// and who is acting — the invoking user's person id, checked again by the workflow on every invoke.
import type { AppDeps } from '../../src/app/deps.js';
import type { Channel } from '../../src/domain/model/types.js';
import type { Logger } from '../../src/platform/logging/logger.js';
import type { AdaptiveCard } from '../cards/index.js';
import type { Verb } from '../cards/verbs.js';
import type { FollowUps, Notifier } from '../notify/index.js';

export interface HandlerContext {
  deps: AppDeps;
  notifier: Notifier;
  /** Work after the invoke is answered (other copies, the next person): see notify/follow-ups. */
  followUps: FollowUps;
  logger: Logger;
  personId: string;
  /** The activity id of the card that was clicked, so it is not updated twice. */
  cardActivityId: string | null;
  channel: Extract<Channel, 'card' | 'bot'>;
}

/** Action.Execute data: what the card carried ({returnId, version}) merged with its inputs. */
export type ActionData = Record<string, unknown>;

export type Handler = (ctx: HandlerContext, data: ActionData) => Promise<AdaptiveCard>;

export type HandlerTable = Record<Verb, Handler>;

export function str(data: ActionData, key: string): string {
  const v = data[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
