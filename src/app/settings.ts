// Council settings live in the `settings` list, one item per key; anything missing falls back to
// the defaults of DESIGN.md (four-level scheme, Action three periods running, 15 working days).
import type { CouncilSettings } from '../domain/model/types.js';
import type { Store } from '../domain/ports/store.js';

export const DEFAULT_SETTINGS: CouncilSettings = {
  councilName: 'Golden Thread demo council',
  ratingScheme: { kind: 'four-level' },
  persistentRuns: 3,
  defaultDueWorkingDays: 15,
  reminderPolicy: {
    firstReminderWorkingDaysBefore: 5,
    repeatEveryWorkingDaysOverdue: 2,
    escalateAfterWorkingDaysOverdue: 5,
  },
  keyActionUpdatesNeedCheck: false,
  actionPlanApproval: { kind: 'none' },
  spotChecksPerQuarter: 5,
  plausibilityRatio: 3,
};

export async function loadSettings(store: Store): Promise<CouncilSettings> {
  const items = await store.query('settings');
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const item of items) {
    if (item.fields.key in DEFAULT_SETTINGS) settings[item.fields.key] = item.fields.value;
  }
  return settings as unknown as CouncilSettings;
}
