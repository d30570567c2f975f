// The annual report, for publication: the year's successes and challenges at the year end. A
// success is Strong, or Good and better than the same period last year; a challenge is Review or
// Action (or Amber and Red), shown with its action plan.
import { isOffTarget } from '../../domain/ratings/index.js';
import { indicatorEntry } from './entries.js';
import { keyActionEntry, keyActionRatingRule } from './key-action-entries.js';
import { headline, headlineSentence, offTargetEntries, shell } from './common.js';
import type { ReportData } from './report-data.js';
import { reportScope } from './scope.js';
import { buildSummary, groupByPriority, ratingRule } from './summary.js';
import type { Block, ReportDocument } from './types.js';

export function buildAnnualReport(data: ReportData): ReportDocument {
  const scope = reportScope(data);
  const groups = groupByPriority(data, scope.rows);
  const summary = buildSummary(data, scope.rows, groups);
  const successes = scope.rows
    .filter(
      (r) =>
        r.rating.state === 'strong' ||
        r.rating.state === 'green' ||
        (r.rating.state === 'good' && r.direction.vsLastYear === 'improving'),
    )
    .map((r) => indicatorEntry(data, r));
  const challenges = offTargetEntries(
    data,
    scope.rows.filter((r) => isOffTarget(r.rating.state)),
  );
  const detail = (entries: typeof successes, none: string): Block[] =>
    entries.length > 0
      ? [{ kind: 'indicator-details', entries }]
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
                text: `Performance at the end of ${data.selected.year}, from authorised figures only. ${headlineSentence(summary)}`,
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
          { heading: null, blocks: detail(successes, 'No indicator is rated Strong this year.') },
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
            { kind: 'indicator-table', entries: g.rows.map((r) => indicatorEntry(data, r)) },
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
    headline: headline(summary),
  };
}
