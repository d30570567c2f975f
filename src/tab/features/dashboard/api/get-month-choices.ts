import { getPeriodChoices, hasEnded, type Period } from '../../../shared/api/index.js';

/** Months that have ended, this financial year and last, newest first. */
export async function getMonthChoices(): Promise<Period[]> {
  return (await getPeriodChoices('month')).filter((p) => hasEnded(p));
}
