// Spot checks assigned and not yet done (issue 14): the checker is reminded in the same digest as
// their returns; one overdue goes to the performance team, who drew it. A check is answered on
// the tab's Spot checks page (it compares the figure with the evidence and written procedure).
import type { Instant, IsoDate } from '../../../domain/model/types.js';
import { addDays, londonDate, parsePeriod } from '../../../domain/periods/index.js';
import { subjectOf } from './subject.js';
import { addressedAs, firstAdmin, type DueSubject, type SubjectSource } from './source.js';

/** Four weeks from the draw: time to find the evidence, without running into the next quarter. */
export const SPOT_CHECK_DAYS = 28;

export function spotCheckDueDate(drawnAt: Instant): IsoDate {
  return addDays(londonDate(drawnAt), SPOT_CHECK_DAYS);
}

export const spotCheckSource: SubjectSource = {
  kind: 'spot-check',
  async due({ store, cat }) {
    const admin = firstAdmin(cat);
    const [checks, draws] = await Promise.all([
      store.query('spotChecks', { state: 'assigned' }),
      store.query('spotCheckDraws'),
    ]);
    const drawn = new Map(draws.map((d) => [d.id, d.fields]));
    const out: DueSubject[] = [];
    for (const item of checks) {
      const check = item.fields;
      const draw = drawn.get(check.drawId);
      const indicator = cat.indicators.get(check.indicatorId);
      // A redrawn sample replaces the old one: its checks are no longer asked for.
      if (!draw || draw.superseded || !indicator || !admin) continue;
      out.push({
        entry: {
          returnId: subjectOf('spot-check', item.id),
          indicator: addressedAs(indicator, {
            collectorId: check.checkerId,
            responsibleId: admin,
            authoriserId: admin,
            escalationOwnerId: admin,
          }),
          periodLabel: `spot check, ${parsePeriod(check.periodKey).label}`,
          dueDate: spotCheckDueDate(draw.drawnAt),
          state: 'due',
        },
        version: item.version,
        page: `spot-checks?period=${encodeURIComponent(check.periodKey)}`,
      });
    }
    return out;
  },
  async stillDue(store, id) {
    return (await store.get('spotChecks', id))?.fields.state === 'assigned';
  },
  async describe(store, id) {
    const check = await store.get('spotChecks', id);
    const indicator = check && (await store.get('indicators', check.fields.indicatorId));
    return {
      code: indicator?.fields.code ?? null,
      title: indicator?.fields.title ?? null,
      label: check ? `spot check, ${parsePeriod(check.fields.periodKey).label}` : null,
      due: check?.fields.state === 'assigned',
    };
  },
  words: (reason) =>
    reason.replace(
      /(escalated|sent) to the (Responsible Officer|escalation owner)/,
      '$1 to the performance team',
    ),
};
