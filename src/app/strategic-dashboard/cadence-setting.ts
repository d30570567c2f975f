// The council's strategic dashboard cadence: the `strategicDashboardCadence` item of the settings
// list ({ everyDays, anchor }), read here beside the feature (as the budget tolerance and the risk
// matrix are) so the feature stays one block. Absent, every three weeks from DEFAULT_STRATEGIC_CADENCE;
// a stored value no council means is refused loudly rather than quietly replaced by the default,
// which would move every edition's date.
import { ValidationError } from '../../domain/errors/errors.js';
import type { Store } from '../../domain/ports/store.js';
import {
  cadenceProblems,
  DEFAULT_STRATEGIC_CADENCE,
  type StrategicCadence,
} from '../../domain/strategic/index.js';
import { formatDate } from '../../domain/periods/index.js';

export const STRATEGIC_CADENCE_SETTING = 'strategicDashboardCadence';

export async function loadStrategicCadence(store: Store): Promise<StrategicCadence> {
  const [item] = await store.query('settings', { key: STRATEGIC_CADENCE_SETTING });
  if (!item) return DEFAULT_STRATEGIC_CADENCE;
  const problems = cadenceProblems(item.fields.value, `settings.${STRATEGIC_CADENCE_SETTING}`);
  if (problems.length > 0) throw new ValidationError(problems);
  const { everyDays, anchor } = item.fields.value as StrategicCadence;
  return { everyDays, anchor };
}

/** "Every 3 weeks from 07/04/2025" (or "Every 10 days from …"), for the page and the report. */
export function cadenceWords(c: StrategicCadence): string {
  const every =
    c.everyDays % 7 === 0
      ? c.everyDays === 7
        ? 'Every week'
        : `Every ${c.everyDays / 7} weeks`
      : `Every ${c.everyDays} days`;
  return `${every} from ${formatDate(c.anchor)}`;
}
