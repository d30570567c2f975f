// Key actions off track as at a date: each current key action's latest progress update counted by
// then (src/domain/strategic updateCountedBy), rated as the reports rate it (keyActionRating); those
// rated Review or Action are key development areas, worst first. An action with no update counted
// by then is not judged here: the Programme Board and the reports chase missing updates.
import { ACTION_STATUS_LABELS } from '../../domain/key-actions/index.js';
import type { CouncilSettings, KeyActionUpdate } from '../../domain/model/types.js';
import { serviceOf } from '../../domain/model/service-of.js';
import { financialYearOf, tryParsePeriod } from '../../domain/periods/index.js';
import { isOffTarget, keyActionRating, severity } from '../../domain/ratings/index.js';
import { updateCountedBy } from '../../domain/strategic/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { ratingView } from '../returns/return-view.js';
import type { StrategicKeyAction } from './view.js';

export function keyActionsOffTrack(
  cat: Catalogue,
  settings: CouncilSettings,
  updates: readonly KeyActionUpdate[],
  asAt: string,
): StrategicKeyAction[] {
  const year = financialYearOf(asAt);
  const plans = new Map(cat.servicePlans.filter((sp) => sp.year === year).map((sp) => [sp.id, sp]));
  const latest = new Map<string, { update: KeyActionUpdate; end: string; label: string }>();
  for (const update of updates) {
    const period = tryParsePeriod(update.periodKey);
    if (!period || period.end > asAt) continue;
    if (!updateCountedBy(update, asAt, settings.keyActionUpdatesNeedCheck)) continue;
    const seen = latest.get(update.keyActionId);
    if (!seen || seen.end < period.end)
      latest.set(update.keyActionId, { update, end: period.end, label: period.label });
  }
  return cat.keyActions
    .filter((a) => !a.retired && plans.has(a.servicePlanId))
    .flatMap((action): StrategicKeyAction[] => {
      const counted = latest.get(action.id);
      const u = counted?.update;
      if (!counted || !u?.status) return [];
      const level = keyActionRating(u.status, u.outcome ?? 'as-expected');
      if (!isOffTarget(level)) return [];
      const plan = plans.get(action.servicePlanId)!;
      const pct = u.percentComplete === null ? '' : `, ${u.percentComplete}%`;
      return [
        {
          id: action.id,
          code: action.code,
          title: action.title,
          owner: cat.people.get(action.ownerId)?.name ?? 'Not recorded',
          service: serviceOf(cat.services, plan.serviceId)?.name ?? '',
          rating: ratingView(level, null),
          status: `${ACTION_STATUS_LABELS[u.status]}${pct} (${counted.label} update)`,
          commentary: u.commentary,
        },
      ];
    })
    .sort(
      (a, b) =>
        severity(b.rating.state) - severity(a.rating.state) ||
        a.code.localeCompare(b.code, 'en-GB', { numeric: true }),
    );
}
