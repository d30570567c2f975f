// What every use case needs: the store and the clock (injected so schedules and due dates are
// tested without waiting — STYLE.md principle 7).
import type { Channel } from '../domain/model/types.js';
import type { Store } from '../domain/ports/store.js';
import type { MeetingRoles } from './meeting-stage/meeting-roles.js';
import type { Notifications } from './notifications.js';
import type { ViewCache } from './views/view-cache.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A return that has just been authorised, through whichever channel. */
export interface AuthorisedReturn {
  returnId: string;
  indicatorId: string;
  periodKey: string;
  actorId: string;
  channel: Channel;
}

export interface AppDeps {
  store: Store;
  clock: Clock;
  /**
   * Called by actOnReturn once an authorisation is written, whatever the channel (tab, API, card,
   * chat), so the composition can announce a fully authorised quarter without the use cases
   * knowing about Teams. It must not throw: the authorisation has already happened.
   */
  afterAuthorise?: (event: AuthorisedReturn) => Promise<void>;
  /**
   * Tells people when it becomes their turn (notifications.ts); absent when nothing can reach them
   * (the CLI without a bot, most unit tests).
   */
  notifications?: Notifications;
  /** Teams meeting roles, for who may present on the stage; absent locally (no Teams). */
  meetingRoles?: MeetingRoles;
  /**
   * Read views kept until what they read changes (views/view-cache.ts): the server has one, so a
   * room opening the dashboard at once costs one computation; absent, views are computed each time.
   */
  views?: ViewCache;
  /**
   * A link to a page of the tab (`indicators/WR01?breakdowns=2025-10`), for cards that send people
   * there (the return card's breakdowns); absent where no address is known.
   */
  tabLink?: (page: string, label: string) => string;
}
