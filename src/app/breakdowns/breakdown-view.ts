// What the indicator page's breakdown section reads (GET /api/indicators/:code/breakdowns): each
// period with a return, newest first, with its breakdowns as text and figures, whether the viewer
// may enter them (and why not), and the boundaries of the sets the area breakdowns are drawn on.
import type {
  AreaBoundary,
  BreakdownDimension,
  Indicator,
  Person,
  ReturnState,
} from '../../domain/model/types.js';
import type { ListShapes, StoredItem } from '../../domain/ports/store.js';
import { tryParsePeriod } from '../../domain/periods/index.js';
import { formatFigure } from '../../domain/values/index.js';
import { breakdownRefusal } from './breakdown-access.js';

export interface BreakdownValueView {
  key: string;
  label: string;
  value: number | null;
  /** The figure in the indicator's unit, or `Not given` (suppressed). */
  valueText: string;
  numerator: number | null;
  denominator: number | null;
}

export interface BreakdownView {
  breakdown: string;
  dimension: BreakdownDimension;
  values: BreakdownValueView[];
  /** The boundary set holding most of the areas, for the map; null for a community breakdown. */
  boundarySet: string | null;
  /** Areas given that the set has no boundary for (drawn only in the table). */
  unmapped: string[];
}

export interface BreakdownPeriodView {
  periodKey: string;
  periodLabel: string;
  returnId: string;
  state: ReturnState;
  mayEnter: boolean;
  /** Why the viewer may not enter them, in words; null when they may. */
  notEnterable: string | null;
  breakdowns: BreakdownView[];
}

export interface IndicatorBreakdownsView {
  indicatorId: string;
  code: string;
  title: string;
  unit: Indicator['unit'];
  decimals: number;
  periods: BreakdownPeriodView[];
  /** Every uploaded set's areas by code and name, for entering a new breakdown by area. */
  areaSets: { name: string; areas: { code: string; name: string }[] }[];
  /** Each drawn set's areas (code, name, GeoJSON geometry in RFC 7946 winding). */
  boundaries: Record<string, Omit<AreaBoundary, 'id' | 'boundarySet'>[]>;
}

type Stored<L extends keyof ListShapes> = StoredItem<ListShapes[L]>;

/** The set holding most of these codes (ties: the set named first). */
function bestSet(codes: readonly string[], sets: ReadonlyMap<string, Set<string>>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [name, areas] of [...sets].sort((a, b) => a[0].localeCompare(b[0]))) {
    const n = codes.filter((c) => areas.has(c)).length;
    if (n > most) [best, most] = [name, n];
  }
  return best;
}

export function buildBreakdownsView(input: {
  indicator: Indicator;
  people: ReadonlyMap<string, Person>;
  viewerId: string;
  returns: readonly Stored<'returns'>[];
  values: readonly Stored<'breakdownValues'>[];
  areas: readonly Stored<'areaBoundaries'>[];
}): IndicatorBreakdownsView {
  const { indicator } = input;
  const sets = new Map<string, Set<string>>();
  for (const a of input.areas) {
    const set = sets.get(a.fields.boundarySet) ?? new Set<string>();
    set.add(a.fields.areaCode);
    sets.set(a.fields.boundarySet, set);
  }
  const drawn = new Set<string>();
  const periods = [...input.returns]
    .sort((a, b) => b.fields.periodKey.localeCompare(a.fields.periodKey))
    .map((r): BreakdownPeriodView => {
      const refusal = breakdownRefusal(input.people, input.viewerId, indicator, r.fields);
      const byName = new Map<string, Stored<'breakdownValues'>[]>();
      for (const v of input.values.filter((x) => x.fields.periodKey === r.fields.periodKey)) {
        byName.set(v.fields.breakdown, [...(byName.get(v.fields.breakdown) ?? []), v]);
      }
      const breakdowns = [...byName].map(([breakdown, items]): BreakdownView => {
        const dimension = items[0]!.fields.dimension;
        const codes = items.map((i) => i.fields.key);
        const boundarySet = dimension === 'area' ? bestSet(codes, sets) : null;
        if (boundarySet) drawn.add(boundarySet);
        const mapped = boundarySet ? sets.get(boundarySet)! : new Set<string>();
        return {
          breakdown,
          dimension,
          boundarySet,
          unmapped: dimension === 'area' ? codes.filter((c) => !mapped.has(c)) : [],
          values: items
            .map((i) => ({
              key: i.fields.key,
              label: i.fields.label,
              value: i.fields.value,
              valueText:
                i.fields.value === null ? 'Not given' : formatFigure(i.fields.value, indicator),
              numerator: i.fields.numerator,
              denominator: i.fields.denominator,
            }))
            .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { numeric: true })),
        };
      });
      return {
        periodKey: r.fields.periodKey,
        periodLabel: tryParsePeriod(r.fields.periodKey)?.label ?? r.fields.periodKey,
        returnId: r.id,
        state: r.fields.state,
        mayEnter: refusal === null,
        notEnterable: refusal?.message ?? null,
        breakdowns: breakdowns.sort((a, b) => a.breakdown.localeCompare(b.breakdown)),
      };
    });
  const boundaries: IndicatorBreakdownsView['boundaries'] = {};
  for (const a of input.areas) {
    if (!drawn.has(a.fields.boundarySet)) continue;
    const { boundarySet, ...area } = a.fields;
    (boundaries[boundarySet] ??= []).push(area);
  }
  const names = new Map(input.areas.map((a) => [a.fields.areaCode, a.fields.areaName]));
  const areaSets = [...sets]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([name, codes]) => ({
      name,
      areas: [...codes]
        .map((code) => ({ code, name: names.get(code)! }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    }));
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    title: indicator.title,
    unit: indicator.unit,
    decimals: indicator.decimals,
    periods,
    areaSets,
    boundaries,
  };
}
