// The demo council's strategic dashboard cadence (issue 17): every three weeks, anchored on a Monday
// about five months before the demo's today, so a history of editions exists whatever day the demo
// is built on (the latest within the last three weeks).
import type { IsoDate } from '../domain/model/types.js';
import { addDays, isoWeekday } from '../domain/periods/index.js';
import { STRATEGIC_CADENCE_SETTING } from '../app/strategic-dashboard/index.js';
import type { StrategicCadence } from '../domain/strategic/index.js';

/** Seven editions back, three weeks apart. */
const WEEKS_BACK = 21;

export function demoStrategicCadence(today: IsoDate): { key: string; value: StrategicCadence } {
  const back = addDays(today, -WEEKS_BACK * 7);
  const monday = addDays(back, 1 - isoWeekday(back));
  return { key: STRATEGIC_CADENCE_SETTING, value: { everyDays: 21, anchor: monday } };
}
