// Reading an indicator's breakdowns, and entering one breakdown of a return (PUT
// /api/returns/:id/breakdowns): the person's part first, then the lock, then the input, then one
// all-or-nothing write that makes the stored breakdown say exactly what was given.
import { NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import { breakdownFields, breakdownProblems } from '../../domain/breakdowns/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { assertMayEnterBreakdowns } from './breakdown-access.js';
import { buildBreakdownsView, type IndicatorBreakdownsView } from './breakdown-view.js';
import { breakdownWrites } from './breakdown-writes.js';
import { readBreakdownBody } from './read-breakdown-body.js';

async function viewFor(
  deps: AppDeps,
  cat: Catalogue,
  indicatorId: string,
  viewerId: string,
): Promise<IndicatorBreakdownsView> {
  const [returns, values, areas] = await Promise.all([
    deps.store.query('returns', { indicatorId }),
    deps.store.query('breakdownValues', { indicatorId }),
    deps.store.query('areaBoundaries'),
  ]);
  const indicator = cat.indicators.get(indicatorId)!;
  return buildBreakdownsView({ indicator, people: cat.people, viewerId, returns, values, areas });
}

export async function indicatorBreakdowns(
  deps: AppDeps,
  viewerId: string,
  code: string,
): Promise<IndicatorBreakdownsView> {
  const cat = await loadCatalogue(deps.store);
  const indicator = cat.indicatorsByCode.get(code.toUpperCase());
  if (!indicator) throw new NotFoundError(`No indicator with code ${code}`);
  return viewFor(deps, cat, indicator.id, viewerId);
}

/** Replaces one breakdown (`Ward`, `Age band`) of a return with the values given. */
export async function enterBreakdown(
  deps: AppDeps,
  personId: string,
  returnId: string,
  body: unknown,
): Promise<IndicatorBreakdownsView> {
  const [ret, cat] = await Promise.all([
    deps.store.get('returns', returnId),
    loadCatalogue(deps.store),
  ]);
  if (!ret) throw new NotFoundError(`No return with id ${returnId}`);
  const indicator = cat.indicators.get(ret.fields.indicatorId);
  if (!indicator) throw new NotFoundError(`The return's indicator does not exist`);
  assertMayEnterBreakdowns(cat.people, personId, indicator, ret.fields);
  const { breakdown, values } = readBreakdownBody(body);
  const problems = breakdownProblems(breakdown, values, indicator.unit);
  if (problems.length) throw new ValidationError(problems);
  const [stored, areas] = await Promise.all([
    deps.store.query('breakdownValues', {
      indicatorId: indicator.id,
      periodKey: ret.fields.periodKey,
    }),
    deps.store.query('areaBoundaries'),
  ]);
  const names = new Map(areas.map((a) => [a.fields.areaCode, a.fields.areaName]));
  const next = breakdownFields(breakdown, values, (c) => names.get(c));
  const target = { indicatorId: indicator.id, periodKey: ret.fields.periodKey, breakdown };
  const stamp = { enteredBy: personId, enteredAt: deps.clock.now().toISOString() };
  const ops = breakdownWrites(target, next, stored, stamp);
  if (ops.length) {
    await deps.store.writeMany(ops, {
      actorId: personId,
      channel: 'tab',
      event: 'breakdowns.entered',
      note: `${breakdown.trim()} breakdown of ${indicator.code} ${ret.fields.periodKey}`,
    });
  }
  return viewFor(deps, cat, indicator.id, personId);
}
