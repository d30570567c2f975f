// Recording what a spot check found (issue 14 item 5): only the person it is assigned to, once. A
// finding other than "confirmed" needs notes saying what was found. "Figure wrong" starts a
// restatement: the authorised figure is reopened (reopenReturn) with the finding as its reason,
// when the checker may reopen it (the performance team may); otherwise the view says who must.
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import type { Channel, SpotCheck } from '../../domain/model/types.js';
import { tryParsePeriod } from '../../domain/periods/index.js';
import { isSpotCheckFinding } from '../../domain/spot-checks/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { mayReopen } from '../returns/may-reopen.js';
import { reopenReturn } from '../returns/reopen-return.js';
import { parseText } from './quarter-input.js';
import { checkView, type SpotCheckView } from './spot-check-view.js';

export const RECORDED = 'spot-check.recorded';

export interface FindingInput {
  /** The version of the check the person saw. */
  version?: unknown;
  finding?: unknown;
  notes?: unknown;
  correctiveAction?: unknown;
}

/** What became of a "figure wrong" finding's restatement. */
export type Restatement =
  | { kind: 'not-needed' }
  | { kind: 'started'; returnId: string }
  /** The figure is no longer authorised (already reopened) or there is none to reopen. */
  | { kind: 'nothing-to-reopen'; message: string }
  | { kind: 'needs-someone-else'; message: string };

export interface FindingResult {
  check: SpotCheckView;
  restatement: Restatement;
}

export async function recordSpotCheckFinding(
  deps: AppDeps,
  actorId: string,
  checkId: string,
  input: FindingInput,
  channel: Channel = 'tab',
): Promise<FindingResult> {
  const { store } = deps;
  const item = await store.get('spotChecks', checkId);
  if (!item) throw new NotFoundError(`No spot check with id ${checkId}`);
  // Who may, before anything about the input is said.
  if (item.fields.checkerId !== actorId) {
    throw new ForbiddenError(
      'Only the person this spot check is assigned to may record its finding.',
    );
  }
  if (typeof input.version !== 'string' || input.version === '') {
    throw new ValidationError('is required', 'version');
  }
  if (!isSpotCheckFinding(input.finding)) {
    throw new ValidationError(
      'must be one of confirmed, minor-issue, figure-wrong or procedure-wrong',
      'finding',
    );
  }
  const finding = input.finding;
  const notes = parseText(
    input.notes,
    'notes',
    finding === 'confirmed' ? null : 'say what you compared and what you found',
  );
  const correctiveAction = parseText(input.correctiveAction, 'correctiveAction', null);
  if (item.fields.state === 'done') {
    throw new WorkflowError('This spot check has already been recorded.', 'already-recorded');
  }
  if (item.version !== input.version) {
    throw new ConflictError('This spot check has changed since you opened it.', item.version);
  }
  const now = deps.clock.now();
  const patch: Partial<SpotCheck> = {
    state: 'done',
    finding,
    notes,
    correctiveAction,
    doneAt: now.toISOString(),
  };
  const updated = await store.update('spotChecks', item.id, input.version, patch, {
    actorId,
    channel,
    event: RECORDED,
    note: finding,
  });
  const restatement =
    finding === 'figure-wrong'
      ? await startRestatement(deps, actorId, updated.fields, channel)
      : ({ kind: 'not-needed' } as const);
  const cat = await loadCatalogue(store);
  const ret = updated.fields.returnId ? await store.get('returns', updated.fields.returnId) : null;
  return { check: checkView(cat, actorId, updated, ret), restatement };
}

async function startRestatement(
  deps: AppDeps,
  actorId: string,
  check: SpotCheck,
  channel: Channel,
): Promise<Restatement> {
  const ret = check.returnId ? await deps.store.get('returns', check.returnId) : null;
  if (!ret || ret.fields.state !== 'authorised') {
    return {
      kind: 'nothing-to-reopen',
      message: 'The figure is not authorised now (it may already be being restated).',
    };
  }
  const cat = await loadCatalogue(deps.store);
  if (!mayReopen(cat, actorId, check.indicatorId)) {
    return {
      kind: 'needs-someone-else',
      message:
        "The performance team or the indicator's Authorising Officer must reopen the figure to restate it.",
    };
  }
  const quarter = tryParsePeriod(check.periodKey)?.label ?? check.periodKey;
  const reason = `Spot check of ${quarter} found the figure wrong: ${check.notes}`.slice(0, 2000);
  await reopenReturn(deps, actorId, ret.id, { version: ret.version, reason }, channel);
  return { kind: 'started', returnId: ret.id };
}
