// Which period a dashboard, report or export is about: the one named, or by default the latest
// month that has ended (the monthly corporate health dashboard looks back at last month).
import {
  parsePeriod,
  periodContaining,
  previousPeriod,
  type Period,
} from '../../domain/periods/index.js';

export function resolvePeriod(text: string | undefined, today: string): Period {
  if (text && text.trim() !== '') return parsePeriod(text);
  return previousPeriod(periodContaining(today, 'month'));
}
