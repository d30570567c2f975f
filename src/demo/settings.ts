// The council's settings, one item per key, as the settings list holds them.
import type { CouncilSettings } from '../domain/model/types.js';

export const DEMO_SETTINGS: CouncilSettings = {
  councilName: 'Borough of Elmstead',
  // The Derbyshire four-level scheme (Strong, Good, Review, Action) is the default.
  ratingScheme: { kind: 'four-level' },
  persistentRuns: 3,
  defaultDueWorkingDays: 15,
  reminderPolicy: {
    firstReminderWorkingDaysBefore: 5,
    repeatEveryWorkingDaysOverdue: 2,
    escalateAfterWorkingDaysOverdue: 5,
  },
};

export function settingsItems(
  settings: CouncilSettings = DEMO_SETTINGS,
): Array<{ key: string; value: unknown }> {
  return Object.entries(settings).map(([key, value]) => ({ key, value: structuredClone(value) }));
}
