import { getPeriods, type Period } from '../../../shared/api/index.js';
import { londonToday } from '../../../shared/format/index.js';

function previousYear(year: string): string {
  const start = Number(year.slice(0, 4)) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Months that have ended, this financial year and last, newest first. */
export async function getMonthChoices(): Promise<Period[]> {
  const current = await getPeriods('month');
  const year = current[0]?.year;
  const earlier = year ? await getPeriods('month', previousYear(year)) : [];
  const today = londonToday();
  return [...earlier, ...current]
    .filter((p) => p.end < today)
    .sort((a, b) => b.start.localeCompare(a.start));
}
