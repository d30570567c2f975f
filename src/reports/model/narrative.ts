// The narrative summary a report opens with: the same rules and sentences as the dashboard's
// (src/app/narrative), on the report's own scope and on authorised figures only. The annual report
// rates each indicator on the year, so its summary compares the year with the year before.
import { directionOfTravel } from '../../domain/ratings/index.js';
import { narrativeFor } from '../../app/narrative/index.js';
import type { IndicatorStatusRow } from '../../app/status/index.js';
import { onTheYear } from './on-the-year.js';
import type { ReportData } from './report-data.js';

/**
 * The heading it is printed under: "Key points", so it is not confused with the Summary chapter
 * of counts that follows it.
 */
export const NARRATIVE_HEADING = 'Key points';

export function reportNarrative(data: ReportData, rows: readonly IndicatorStatusRow[]): string[] {
  return narrativeFor(
    { cat: data.cat, settings: data.settings, year: data.selected.year, provisionalCounted: false },
    rows,
    data.compared,
  );
}

/** `rows` already on the year (onTheYear); compared with last year's figures on the year. */
export function annualNarrative(data: ReportData, rows: readonly IndicatorStatusRow[]): string[] {
  const lastYear = new Map(
    [...(data.previousYear ?? new Map<string, IndicatorStatusRow>()).values()].map((r) => [
      r.indicator.id,
      onTheYear(data, r),
    ]),
  );
  const compared = rows.map((row): IndicatorStatusRow => {
    const { polarity, decimals } = row.indicator;
    const before = lastYear.get(row.indicator.id)?.value ?? null;
    return {
      ...row,
      // On the year the previous period is last year: one comparison, read as vsLastYear.
      direction: {
        vsPrevious: 'not-comparable',
        vsLastYear: directionOfTravel(row.value, before, polarity, decimals),
      },
    };
  });
  return narrativeFor(
    {
      cat: data.cat,
      settings: data.settings,
      year: data.selected.year,
      provisionalCounted: false,
      comparedWith: 'years',
    },
    compared,
    { previous: lastYear, lastYear },
  );
}
