// Drawing a quarter's spot checks (issue 14 item 5). Only the performance team may. The first draw
// of a quarter is recorded with its seed; drawing again gives back that same recorded sample, so
// nobody can fish for a kinder one. A redraw needs a reason: it supersedes the current draw (kept
// for the record) and draws anew from the next seed. Each drawn indicator gets a check assigned to
// someone who is none of its officers. The draw and its checks are written all or nothing.
import { randomUUID } from 'node:crypto';
import { ForbiddenError, ValidationError, WorkflowError } from '../../domain/errors/errors.js';
import type { Channel, SpotCheck, SpotCheckDraw } from '../../domain/model/types.js';
import type { WriteOp } from '../../domain/ports/store.js';
import { londonDate } from '../../domain/periods/index.js';
import {
  RISK_WORDS,
  assignCheckers,
  drawSample,
  drawSeed,
} from '../../domain/spot-checks/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { loadSettings } from '../settings.js';
import { spotCheckCandidates } from './candidates.js';
import { parseCount, parseQuarter, parseText } from './quarter-input.js';
import { isPerformanceTeam, quarterView, type SpotCheckQuarterView } from './spot-check-view.js';

export const DRAWN = 'spot-check.drawn';
export const REDRAWN = 'spot-check.redrawn';

export interface DrawInput {
  /** A quarter, as people write it: `2025/26 Q1`. */
  period?: unknown;
  /** How many; the council's setting when absent. */
  count?: unknown;
  redraw?: unknown;
  reason?: unknown;
}

export interface DrawResult {
  /** False when the quarter already had a draw and it was given back unchanged. */
  created: boolean;
  view: SpotCheckQuarterView;
}

export async function drawSpotChecks(
  deps: AppDeps,
  actorId: string,
  input: DrawInput,
  channel: Channel = 'tab',
): Promise<DrawResult> {
  const { store } = deps;
  const cat = await loadCatalogue(store);
  // Who may, before anything about the input is said.
  if (!isPerformanceTeam(cat, actorId)) {
    throw new ForbiddenError('Only the performance team may draw spot checks.');
  }
  const settings = await loadSettings(store);
  const quarter = parseQuarter(input.period);
  const count = parseCount(input.count, settings.spotChecksPerQuarter);
  if (input.redraw !== undefined && typeof input.redraw !== 'boolean') {
    throw new ValidationError('must be true or false', 'redraw');
  }
  const redraw = input.redraw === true;
  const reason = parseText(
    input.reason,
    'reason',
    redraw ? 'say why the sample is drawn again' : null,
  );
  if (!redraw && reason !== '') {
    throw new ValidationError('is only for a redraw', 'reason');
  }
  const draws = await store.query('spotCheckDraws', { periodKey: quarter.key });
  const current = draws.find((d) => !d.fields.superseded);
  if (current && !redraw) {
    return {
      created: false,
      view: await quarterView(store, cat, actorId, quarter, settings.spotChecksPerQuarter),
    };
  }
  if (current) {
    // A finding is the record of a check made: redrawing would take it out of the quarter's sample.
    const done = await store.query('spotChecks', { drawId: current.id, state: 'done' });
    if (done.length > 0) {
      throw new WorkflowError(
        `${quarter.label} cannot be drawn again: ${done.length} of its spot checks already have a finding.`,
        'findings-recorded',
      );
    }
  }
  const seed = drawSeed(quarter.key, draws.length);
  const [returns, earlier] = await Promise.all([store.query('returns'), store.query('spotChecks')]);
  const candidates = spotCheckCandidates(
    cat,
    quarter,
    returns,
    earlier.map((c) => c.fields),
  );
  const drawn = drawSample(candidates, count, seed);
  if (drawn.length === 0) {
    throw new ValidationError(
      `no indicator has an authorised figure for ${quarter.label} yet, so there is nothing to check`,
      'period',
    );
  }
  const now = deps.clock.now();
  const checkers = assignCheckers(
    drawn.map((c) => ({ indicatorId: c.indicatorId, barred: officersOf(cat, c.indicatorId) })),
    checkerTiers(cat, londonDate(now)),
    seed,
  );
  const drawId = randomUUID();
  const drawFields: SpotCheckDraw = {
    periodKey: quarter.key,
    seed,
    count,
    indicatorIds: drawn.map((c) => c.indicatorId),
    drawnBy: actorId,
    drawnAt: now.toISOString(),
    redrawReason: redraw ? reason : null,
    superseded: false,
  };
  const ops: WriteOp[] = [];
  if (current) {
    ops.push({
      kind: 'update',
      list: 'spotCheckDraws',
      id: current.id,
      version: current.version,
      patch: { superseded: true },
    });
  }
  ops.push({ kind: 'create', list: 'spotCheckDraws', id: drawId, fields: { ...drawFields } });
  drawn.forEach((c, i) => {
    const check: SpotCheck = {
      drawId,
      periodKey: quarter.key,
      indicatorId: c.indicatorId,
      returnId: c.returnId,
      // Nobody free of the indicator: the one who drew it checks it, rather than leave it unchecked.
      checkerId: checkers[i] ?? actorId,
      state: 'assigned',
      riskReasons: c.risks.map((r) => RISK_WORDS[r]),
      finding: null,
      notes: '',
      correctiveAction: '',
      doneAt: null,
    };
    ops.push({ kind: 'create', list: 'spotChecks', fields: { ...check } });
  });
  await store.writeMany(ops, {
    actorId,
    channel,
    event: redraw ? REDRAWN : DRAWN,
    note: redraw ? reason : `${drawn.length} indicators for ${quarter.label}`,
  });
  // Each checker hears which indicators are theirs to check (not the one who drew, who knows).
  const byChecker = new Map<string, string[]>();
  drawn.forEach((c, i) => {
    const checkerId = checkers[i] ?? actorId;
    if (checkerId === actorId) return;
    const code = cat.indicators.get(c.indicatorId)?.code ?? c.indicatorId;
    byChecker.set(checkerId, [...(byChecker.get(checkerId) ?? []), code]);
  });
  if (byChecker.size > 0)
    deps.notifications?.handedOver({
      kind: 'spot-check',
      quarter: quarter.label,
      checks: [...byChecker].map(([personId, codes]) => ({ personId, codes })),
    });
  return {
    created: true,
    view: await quarterView(store, cat, actorId, quarter, settings.spotChecksPerQuarter),
  };
}

/** The indicator's Collection, Responsible and Authorising Officers and their delegates. */
export function officersOf(cat: Catalogue, indicatorId: string): Set<string> {
  const indicator = cat.indicators.get(indicatorId);
  if (!indicator) return new Set();
  const officers = [indicator.collectorId, indicator.responsibleId, indicator.authoriserId];
  const delegates = officers.map((id) => cat.people.get(id)?.delegateId ?? null);
  return new Set([...officers, ...delegates].filter((id): id is string => id !== null));
}

/**
 * The performance team first (spot checks are their audit, and they may restate a wrong figure),
 * then the other officers; nobody away on leave today.
 */
function checkerTiers(cat: Catalogue, today: string): string[][] {
  const present = [...cat.people.values()].filter(
    (p) => p.onLeaveUntil === null || p.onLeaveUntil < today,
  );
  const ids = (roles: (r: string[]) => boolean) =>
    present.filter((p) => roles(p.roles)).map((p) => p.id);
  return [
    ids((r) => r.includes('admin')),
    ids((r) => !r.includes('admin') && r.includes('officer')),
  ];
}
