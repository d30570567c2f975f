// The decisions on a key-action update, whichever channel they come through (tab, API, card, chat):
// the owner (or delegate) submits it; when the council asks for checks the service head checks it
// or sends it back. Each checks the person's role first, then the version they saw (a stale card
// or a second click changes nothing), then the input; each writes the update and, once it counts,
// the action's progress in one all-or-nothing write, audited with its event.
import type { Channel, KeyAction } from '../../domain/model/types.js';
import {
  ConflictError,
  ForbiddenError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import {
  MAX_UPDATE_TEXT,
  assertUpdateEntry,
  enteredFields,
  progressFrom,
  type UpdateEntry,
} from '../../domain/key-actions/index.js';
import type { WriteOp } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';
import { loadUpdate, viewOf, type LoadedUpdate } from './load.js';
import { rolesFor } from './roles.js';
import type { KeyActionUpdateView } from './update-view.js';

interface Decision {
  updateId: string;
  /** The version of the update the person saw. */
  version: string;
  actorId: string;
  channel: Channel;
}

/** What a person may leave out: the outcome (as expected), the percentage (as it stands) … */
export type EntryInput = Partial<UpdateEntry> & Pick<UpdateEntry, 'status'>;

/** The entry with what was left out filled from the action as it stands. */
export function completeEntry(input: EntryInput, action: KeyAction): UpdateEntry {
  return {
    status: input.status,
    outcome: input.outcome ?? 'as-expected',
    percentComplete:
      input.percentComplete ?? (input.status === 'complete' ? 100 : action.percentComplete),
    commentary: input.commentary ?? '',
    evidenceUrl: input.evidenceUrl || null,
    revisedDueDate: input.revisedDueDate || null,
    revisedDueReason: input.revisedDueReason ?? null,
    nextMilestone: input.nextMilestone ?? '',
  };
}

function checkVersion(l: LoadedUpdate, version: string): void {
  if (l.item.version !== version) {
    throw new ConflictError(
      'This key-action update has changed since you opened it.',
      l.item.version,
    );
  }
}

function progressOp(l: LoadedUpdate, update: LoadedUpdate['item'], at: string): WriteOp {
  return {
    kind: 'update',
    list: 'keyActions',
    id: l.action.id,
    version: l.actionVersion,
    patch: { ...progressFrom(l.action, { ...update.fields, id: update.id }, at) },
  };
}

async function reload(deps: AppDeps, id: string, viewerId: string): Promise<KeyActionUpdateView> {
  return viewOf(deps, await loadUpdate(deps, id), viewerId);
}

export async function submitKeyActionUpdate(
  deps: AppDeps,
  input: Decision & { entry: EntryInput },
): Promise<KeyActionUpdateView> {
  const l = await loadUpdate(deps, input.updateId);
  if (!rolesFor(l.cat, input.actorId, l.action, l.plan).mayEnter) {
    throw new ForbiddenError(`Only ${l.action.code}'s owner, or their delegate, may update it`);
  }
  checkVersion(l, input.version);
  const state = l.item.fields.state;
  const correcting = state === 'submitted' && l.settings.keyActionUpdatesNeedCheck;
  if (state !== 'due' && !correcting) {
    throw new WorkflowError('This update has already been given.', 'not-due');
  }
  const entry = completeEntry(input.entry, l.action);
  assertUpdateEntry(entry, l.action.startDate);
  const at = deps.clock.now().toISOString();
  const patch = {
    ...enteredFields(entry, input.actorId, at),
    state: 'submitted' as const,
    sentBackReason: null,
    sentBackBy: null,
  };
  const ops: WriteOp[] = [
    { kind: 'update', list: 'keyActionUpdates', id: l.item.id, version: input.version, patch },
  ];
  // Without checks the update is final the moment it is given, so the action shows it now.
  if (!l.settings.keyActionUpdatesNeedCheck) {
    ops.push(progressOp(l, { ...l.item, fields: { ...l.item.fields, ...patch } }, at));
  }
  await deps.store.writeMany(ops, {
    actorId: input.actorId,
    channel: input.channel,
    event: 'keyActionUpdate.submitted',
  });
  const view = await reload(deps, l.item.id, input.actorId);
  // Checked councils: it is the service head's turn now (the checker, never the person entering).
  const checker = view.needsCheck ? view.checker?.id : undefined;
  if (checker && checker !== input.actorId)
    deps.notifications?.handedOver({
      kind: 'key-action-update',
      updateId: view.id,
      event: 'submit',
      to: [checker],
    });
  return view;
}

function assertChecker(l: LoadedUpdate, actorId: string): void {
  if (!rolesFor(l.cat, actorId, l.action, l.plan).mayCheck) {
    throw new ForbiddenError(`Only the service head may check ${l.action.code}'s updates`);
  }
  if (l.item.fields.enteredBy === actorId) {
    throw new ForbiddenError('You entered this update, so someone else must check it');
  }
}

function assertAwaitingCheck(l: LoadedUpdate): void {
  if (!l.settings.keyActionUpdatesNeedCheck)
    throw new WorkflowError('This council does not check key-action updates.', 'no-checks');
  if (l.item.fields.state !== 'submitted')
    throw new WorkflowError(
      'Only a submitted update can be checked or sent back.',
      'not-submitted',
    );
}

export async function checkKeyActionUpdate(
  deps: AppDeps,
  input: Decision,
): Promise<KeyActionUpdateView> {
  const l = await loadUpdate(deps, input.updateId);
  assertChecker(l, input.actorId);
  checkVersion(l, input.version);
  assertAwaitingCheck(l);
  const at = deps.clock.now().toISOString();
  const patch = { state: 'checked' as const, checkedBy: input.actorId, checkedAt: at };
  await deps.store.writeMany(
    [
      { kind: 'update', list: 'keyActionUpdates', id: l.item.id, version: input.version, patch },
      progressOp(l, { ...l.item, fields: { ...l.item.fields, ...patch } }, at),
    ],
    { actorId: input.actorId, channel: input.channel, event: 'keyActionUpdate.checked' },
  );
  return reload(deps, l.item.id, input.actorId);
}

export async function sendBackKeyActionUpdate(
  deps: AppDeps,
  input: Decision & { reason: string },
): Promise<KeyActionUpdateView> {
  const l = await loadUpdate(deps, input.updateId);
  assertChecker(l, input.actorId);
  checkVersion(l, input.version);
  assertAwaitingCheck(l);
  const reason = input.reason.trim();
  if (!reason) throw new ValidationError('say why it is sent back', 'reason');
  if (reason.length > MAX_UPDATE_TEXT)
    throw new ValidationError(`must be at most ${MAX_UPDATE_TEXT} characters`, 'reason');
  await deps.store.update(
    'keyActionUpdates',
    l.item.id,
    input.version,
    { state: 'due', sentBackReason: reason, sentBackBy: input.actorId },
    {
      actorId: input.actorId,
      channel: input.channel,
      event: 'keyActionUpdate.sent-back',
      note: reason,
    },
  );
  const view = await reload(deps, l.item.id, input.actorId);
  // Back to whoever gave it (else the action's owner), who is told why.
  const owner = view.enteredBy ?? view.action.owner;
  if (owner)
    deps.notifications?.handedOver({
      kind: 'key-action-update',
      updateId: view.id,
      event: 'send-back',
      to: [owner.id],
    });
  return view;
}
