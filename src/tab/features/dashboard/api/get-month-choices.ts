import { getPeriodChoices, getToday, hasEnded, type Period } from '../../../shared/api/index.js';

/** Months that have ended, this financial year and last, newest first. */
export async function getMonthChoices(): Promise<Period[]> {
  const [{ today }, months] = await Promise.all([getToday(), getPeriodChoices('month')]);
  return months.filter((p) => hasEnded(p, today));
}
