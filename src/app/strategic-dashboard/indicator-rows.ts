// Every live indicator as at a date: its latest period that had ended by then with a figure
// authorised by then (src/domain/strategic), rated by the status engine (statusOf) on the returns
// as they stood that day, so the rating, the direction of travel and the persistent flag are the
// ones the Leadership Team would have seen. No such period in the last year: the latest period that
// had ended, rated as the engine rates a figure not there (missing, or not yet due).
import type { CouncilSettings } from '../../domain/model/types.js';
import { serviceOf } from '../../domain/model/service-of.js';
import { formatDate, kindForFrequency, londonDate } from '../../domain/periods/index.js';
import { directionSentence, isOffTarget, severity } from '../../domain/ratings/index.js';
import {
  latestAuthorisedPeriod,
  periodsEndedBy,
  returnAsAt,
} from '../../domain/strategic/index.js';
import { formatFigure } from '../../domain/values/index.js';
import type { Store } from '../../domain/ports/store.js';
import type { Catalogue } from '../catalogue/index.js';
import { statusOf, type ReturnIndex } from '../status/index.js';
import type { StrategicIndicatorRow } from './view.js';

/** Every return as it stood authorised at the end of `asAt` (those with none are left out). */
export async function returnsAsAt(store: Store, asAt: string): Promise<ReturnIndex> {
  const index: ReturnIndex = new Map();
  for (const item of await store.query('returns')) {
    const ret = returnAsAt({ ...item.fields, id: item.id, version: item.version }, asAt);
    if (ret) index.set(`${ret.indicatorId}|${ret.periodKey}`, ret);
  }
  return index;
}

export function indicatorRowsAsAt(
  cat: Catalogue,
  settings: CouncilSettings,
  index: ReturnIndex,
  asAt: string,
): StrategicIndicatorRow[] {
  const live = [...cat.indicators.values()].filter((i) => !i.retired);
  return live
    .map((indicator): StrategicIndicatorRow => {
      const kind = kindForFrequency(indicator.frequency);
      const has = (key: string) => index.has(`${indicator.id}|${key}`);
      const period =
        latestAuthorisedPeriod(kind, asAt, (p) => has(p.key)) ?? periodsEndedBy(kind, asAt)[0]!;
      const row = statusOf(indicator, index, {
        cat,
        settings,
        today: asAt,
        selected: period,
        options: { authorisedOnly: true },
      });
      const service = serviceOf(cat.services, indicator.serviceId);
      const ret = has(period.key) ? row.ret : null;
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        title: indicator.title,
        service: service?.name ?? '',
        directorate: (service && cat.directorates.get(service.directorateId)?.name) ?? '',
        periodKey: period.key,
        periodLabel: period.label,
        valueText: formatFigure(row.value, indicator),
        targetText: formatFigure(row.target, indicator),
        rating: row.rating,
        direction: directionSentence(row.direction),
        persistent: row.persistent,
        commentary: ret?.commentary ?? '',
        authorisedOn: ret?.authorisedAt ? formatDate(londonDate(ret.authorisedAt)) : null,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code, 'en-GB', { numeric: true }));
}

/** Off target (Review or Action, Amber or Red) or persistently under-performing: worst first. */
export function indicatorAreas(rows: readonly StrategicIndicatorRow[]): StrategicIndicatorRow[] {
  return rows
    .filter((r) => isOffTarget(r.rating.state) || r.persistent)
    .sort(
      (a, b) =>
        severity(b.rating.state) - severity(a.rating.state) ||
        Number(b.persistent) - Number(a.persistent) ||
        a.code.localeCompare(b.code, 'en-GB', { numeric: true }),
    );
}
