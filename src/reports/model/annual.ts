// The annual report, for publication: the year's successes and challenges at the year end, each
// indicator rated on the year (its year-to-date figure against its year-to-date target: on-the-year.ts),
// not on its last month. A success is Strong or Good (Green); a challenge is Review or Action (or
// Amber and Red), shown with its action plan. The year has ended, so its figure for the year
// replaces any forecast of it: no year-end forecast column (yearEnd: false).
import type { RatingState } from '../../domain/model/types.js';
import { isOffTarget } from '../../domain/ratings/index.js';
import { onTheYear } from './on-the-year.js';
import { indicatorEntry } from './entries.js';
import { keyActionEntry, keyActionRatingRule } from './key-action-entries.js';
import { headline, headlineSentence, offTargetEntries, shell } from './common.js';
import { annualNarrative } from './narrative.js';
import type { ReportData } from './report-data.js';
import { reportScope } from './scope.js';
import { buildSummary, groupByPriority, ratingRule } from './summary.js';
import type { Block, ReportDocument } from './types.js';

const SUCCESS = new Set<RatingState>(['strong', 'good', 'green']);

export function buildAnnualReport(data: ReportData): ReportDocument {
  const scope = reportScope(data);
  const rows = scope.rows.map((r) => onTheYear(data, r));
  const groups = groupByPriority(data, rows);
  const summary = buildSummary(data, rows, groups);
  const successes = rows
    .filter((r) => SUCCESS.has(r.rating.state))
    .map((r) => indicatorEntry(data, r));
  const challenges = offTargetEntries(
    data,
    rows.filter((r) => isOffTarget(r.rating.state)),
  );
  const detail = (entries: typeof successes, none: string): Block[] =>
    entries.length > 0
      ? [{ kind: 'indicator-details', entries, yearEnd: false }]
      : [{ kind: 'paragraph', text: none }];
  return {
    kind: 'annual',
    title: 'Annual Performance Report',
    subtitle: `${data.selected.year} · successes and challenges, for publication`,
    ...shell(data),
    chapters: [
      {
        id: 'summary',
        heading: 'The year at a glance',
        sections: [
          {
            heading: null,
            blocks: [
              {
                kind: 'paragraph',
                text: `Performance in ${data.selected.year}, each indicator rated on its figure for the year to date against its target for the year to date, from authorised figures only. ${headlineSentence(summary)}`,
              },
              { kind: 'summary', summary },
            ],
          },
        ],
      },
      {
        id: 'successes',
        heading: 'Successes',
        sections: [
          {
            heading: null,
            blocks: detail(successes, 'No indicator is rated Strong or Good on the year.'),
          },
        ],
      },
      {
        id: 'challenges',
        heading: 'Challenges',
        sections: [
          {
            heading: null,
            blocks: detail(challenges, 'No indicator is off target at the year end.'),
          },
        ],
      },
      {
        id: 'indicators',
        heading: 'Every indicator by priority',
        sections: groups.map((g) => ({
          heading: g.title,
          blocks: [
            {
              kind: 'indicator-table',
              entries: g.rows.map((r) => indicatorEntry(data, r)),
              yearEnd: false,
            },
          ],
        })),
      },
      {
        id: 'key-actions',
        heading: 'Key actions delivered',
        sections: [
          {
            heading: null,
            blocks: [
              {
                kind: 'key-actions',
                entries: scope.keyActions.map((a) => keyActionEntry(data, a)),
              },
              { kind: 'paragraph', text: keyActionRatingRule(data) },
            ],
          },
        ],
      },
    ],
    ratingRule: ratingRule(data),
    narrative: annualNarrative(data, rows),
    headline: headline(summary),
  };
}
