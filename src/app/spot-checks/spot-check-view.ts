// What the Spot checks page, the API and the CLI show of a quarter: its current draw (and any it
// replaced), and each check with its checker, state, the figure, the written procedure it was
// entered under, and the finding once recorded. The performance team and the Leadership Team see
// every check; anyone else sees only the checks assigned to them.
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { SpotCheck, SpotCheckDraw, WrittenProcedure } from '../../domain/model/types.js';
import type { ListShapes, Store, StoredItem } from '../../domain/ports/store.js';
import { formatDate, londonDate, tryParsePeriod, type Period } from '../../domain/periods/index.js';
import { FINDING_WORDS } from '../../domain/spot-checks/index.js';
import { formatValue } from '../../domain/values/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { procedureInForce } from '../indicators/procedure-versions.js';

export interface DrawView {
  id: string;
  seed: string;
  count: number;
  drawnByName: string;
  /** dd/mm/yyyy. */
  drawnOn: string;
  redrawReason: string | null;
  superseded: boolean;
  codes: string[];
}

export interface FigureView {
  returnId: string;
  periodLabel: string;
  valueText: string;
  commentary: string;
  evidenceUrl: string | null;
  /** Authorised, or reopened to be restated. */
  stateLabel: string;
}

export interface SpotCheckView {
  id: string;
  version: string;
  indicatorId: string;
  code: string;
  title: string;
  checkerId: string;
  checkerName: string;
  state: SpotCheck['state'];
  stateLabel: string;
  riskReasons: string[];
  finding: SpotCheck['finding'];
  findingLabel: string | null;
  notes: string;
  correctiveAction: string;
  /** dd/mm/yyyy, once done. */
  doneOn: string | null;
  figure: FigureView | null;
  procedureLabel: string;
  procedure: WrittenProcedure;
  /** The viewer is the assigned checker and it is not yet done. */
  mayRecord: boolean;
}

export interface SpotCheckQuarterView {
  periodKey: string;
  periodLabel: string;
  draw: DrawView | null;
  /** Earlier draws of the quarter that a redraw replaced, newest first. */
  replaced: DrawView[];
  checks: SpotCheckView[];
  /** The viewer is in the performance team, so may draw and redraw. */
  mayDraw: boolean;
  /** How many the council draws by default. */
  defaultCount: number;
}

export function isPerformanceTeam(cat: Catalogue, personId: string): boolean {
  return cat.people.get(personId)?.roles.includes('admin') ?? false;
}

/** Who may see every check of a quarter: the performance team and the Leadership Team. */
function seesAll(cat: Catalogue, personId: string): boolean {
  const roles = cat.people.get(personId)?.roles ?? [];
  return roles.includes('admin') || roles.includes('leadership');
}

export function requireKnownPerson(cat: Catalogue, personId: string): void {
  if (!cat.people.has(personId))
    throw new ForbiddenError('Only people of the council may do this.');
}

function nameOf(cat: Catalogue, id: string): string {
  return cat.people.get(id)?.name ?? id;
}

export function drawView(cat: Catalogue, item: StoredItem<SpotCheckDraw>): DrawView {
  const d = item.fields;
  return {
    id: item.id,
    seed: d.seed,
    count: d.count,
    drawnByName: nameOf(cat, d.drawnBy),
    drawnOn: formatDate(londonDate(d.drawnAt)),
    redrawReason: d.redrawReason,
    superseded: d.superseded,
    codes: d.indicatorIds.map((id) => cat.indicators.get(id)?.code ?? id),
  };
}

export function checkView(
  cat: Catalogue,
  viewerId: string,
  item: StoredItem<SpotCheck>,
  ret: StoredItem<ListShapes['returns']> | null,
): SpotCheckView {
  const c = item.fields;
  const indicator = cat.indicators.get(c.indicatorId);
  const inForce = indicator
    ? procedureInForce(
        indicator,
        cat.procedureVersions.get(indicator.id) ?? [],
        ret?.fields.procedureVersion,
      )
    : null;
  return {
    id: item.id,
    version: item.version,
    indicatorId: c.indicatorId,
    code: indicator?.code ?? c.indicatorId,
    title: indicator?.title ?? '',
    checkerId: c.checkerId,
    checkerName: nameOf(cat, c.checkerId),
    state: c.state,
    stateLabel: c.state === 'done' ? 'Done' : 'Waiting for the check',
    riskReasons: c.riskReasons,
    finding: c.finding,
    findingLabel: c.finding ? FINDING_WORDS[c.finding] : null,
    notes: c.notes,
    correctiveAction: c.correctiveAction,
    doneOn: c.doneAt ? formatDate(londonDate(c.doneAt)) : null,
    figure: ret && indicator ? figureView(ret, indicator.unit, indicator.decimals) : null,
    procedureLabel: inForce?.label ?? '',
    procedure: inForce?.procedure ?? {
      calculation: '',
      source: '',
      evidenceLocation: '',
      verification: '',
      url: null,
    },
    mayRecord: c.state === 'assigned' && c.checkerId === viewerId,
  };
}

function figureView(
  ret: StoredItem<ListShapes['returns']>,
  unit: Parameters<typeof formatValue>[1],
  decimals: number,
): FigureView {
  const r = ret.fields;
  return {
    returnId: ret.id,
    periodLabel: tryParsePeriod(r.periodKey)?.label ?? r.periodKey,
    valueText:
      r.value === null
        ? `not available: ${r.notAvailableReason ?? ''}`
        : formatValue(r.value, unit, decimals),
    commentary: r.commentary,
    evidenceUrl: r.evidenceUrl,
    stateLabel: r.state === 'authorised' ? 'Authorised' : 'Reopened to be restated',
  };
}

export async function quarterView(
  store: Store,
  cat: Catalogue,
  viewerId: string,
  quarter: Period,
  defaultCount: number,
): Promise<SpotCheckQuarterView> {
  const draws = await store.query('spotCheckDraws', { periodKey: quarter.key });
  const current = draws.find((d) => !d.fields.superseded) ?? null;
  const all = seesAll(cat, viewerId);
  const checks = current
    ? (await store.query('spotChecks', { drawId: current.id })).filter(
        (c) => all || c.fields.checkerId === viewerId,
      )
    : [];
  const views = await Promise.all(
    checks.map(async (c) => {
      const ret = c.fields.returnId ? await store.get('returns', c.fields.returnId) : null;
      return checkView(cat, viewerId, c, ret);
    }),
  );
  const order = new Map((current?.fields.indicatorIds ?? []).map((id, i) => [id, i]));
  views.sort((a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0));
  return {
    periodKey: quarter.key,
    periodLabel: quarter.label,
    draw: current && all ? drawView(cat, current) : null,
    replaced: all
      ? draws
          .filter((d) => d.fields.superseded)
          .reverse()
          .map((d) => drawView(cat, d))
      : [],
    checks: views,
    mayDraw: isPerformanceTeam(cat, viewerId),
    defaultCount,
  };
}
