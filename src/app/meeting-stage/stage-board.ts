// The meeting stage follows its presenter: whoever shared the dashboard (or, when Teams' own share
// icon opened the stage, the first eligible person on it) posts the page they are on, and every
// other stage view polls for it. The state is an item in the store, so every server instance sees
// the same presenter; a claim and a move are optimistic writes, so two instances cannot both win.
//
// Polls are cheap: each board answers reads of a meeting from what it last read for up to
// `freshMs` (one store read, i.e. one SharePoint delta, a second per meeting per instance however
// many people are watching), and the route serves an ETag so an unchanged stage costs no body.
import { createHash } from 'node:crypto';
import { ConflictError, ForbiddenError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import type { MeetingStageRecord, StoredItem } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';
import { assertMayPresent } from './meeting-roles.js';

export interface StageState extends MeetingStageRecord {
  /** The store's version of the stage: the route's ETag. */
  version: string;
}

export interface StageMove {
  meetingId: string;
  route: string;
  /** After a successful share to stage: take the presenter role even from someone else. */
  takeOver: boolean;
}

export interface StageBoard {
  read(meetingId: string): Promise<StageState | null>;
  /**
   * Moves the stage. The presenter moves it; when nobody presents, the first person allowed to
   * present becomes the presenter; `takeOver` (a share that Teams accepted) replaces the
   * presenter. Anyone else is refused.
   */
  move(person: Person, move: StageMove): Promise<StageState>;
}

/** Fixed-length item ids, whatever the meeting id: Teams' are long base64 strings. */
export function stageItemId(meetingId: string): string {
  return `stage-${createHash('sha256').update(meetingId).digest('hex').slice(0, 40)}`;
}

const CTX = { channel: 'tab', event: 'meeting.stage.moved' } as const;
const DEFAULT_FRESH_MS = 1000;

function toState(item: StoredItem<MeetingStageRecord>): StageState {
  return { ...item.fields, version: item.version };
}

export function createStageBoard(deps: AppDeps, options: { freshMs?: number } = {}): StageBoard {
  const freshMs = options.freshMs ?? DEFAULT_FRESH_MS;
  const recent = new Map<string, { at: number; state: Promise<StageState | null> }>();

  const load = (meetingId: string): Promise<StageState | null> =>
    deps.store.get('meetingStages', stageItemId(meetingId)).then((i) => (i ? toState(i) : null));

  const remember = (meetingId: string, state: Promise<StageState | null>) => {
    recent.set(meetingId, { at: deps.clock.now().getTime(), state });
    // Bounded: a server sees a handful of meetings at once, but never keep more than 500.
    if (recent.size > 500) recent.delete(recent.keys().next().value!);
    state.catch(() => recent.delete(meetingId));
  };

  async function write(person: Person, move: StageMove): Promise<StageState> {
    const id = stageItemId(move.meetingId);
    const current = await deps.store.get('meetingStages', id);
    const presenterId = current?.fields.presenterId ?? null;
    const ctx = { ...CTX, actorId: person.id };
    if (presenterId !== person.id) {
      if (presenterId && !move.takeOver) {
        throw new ForbiddenError(
          `${current!.fields.presenterName ?? 'Someone else'} is presenting; share to stage to take over`,
        );
      }
      await assertMayPresent(deps.meetingRoles, move.meetingId, person.id);
    }
    const fields: MeetingStageRecord = {
      meetingId: move.meetingId,
      presenterId: person.id,
      presenterName: person.name,
      route: move.route,
      seq: (current?.fields.seq ?? 0) + 1,
      updatedAt: deps.clock.now().toISOString(),
    };
    const saved = current
      ? await deps.store.update('meetingStages', id, current.version, fields, ctx)
      : await deps.store.create('meetingStages', fields, ctx, id);
    return toState(saved);
  }

  return {
    read(meetingId) {
      const hit = recent.get(meetingId);
      if (hit && deps.clock.now().getTime() - hit.at < freshMs) return hit.state;
      const state = load(meetingId);
      remember(meetingId, state);
      return state;
    },
    async move(person, move) {
      let saved: StageState;
      try {
        saved = await write(person, move);
      } catch (e) {
        // Another instance wrote first (a claim race, or its presenter moved): read theirs, and try
        // once more, which refuses unless this person is now entitled to move it.
        if (!(e instanceof ConflictError)) throw e;
        saved = await write(person, move);
      }
      remember(move.meetingId, Promise.resolve(saved));
      return saved;
    },
  };
}
