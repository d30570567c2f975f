// The Quarterly Performance Report for Cabinet and Scrutiny (issue 8): a summary with counts by
// rating per priority, exceptions first with their context, every indicator by priority, then
// data quality (the quarter's spot checks), then key-action progress. With a portfolio it is that
// Cabinet member's portfolio report. Figures awaiting check or authorisation are named, never rated.
import type { Portfolio } from '../../domain/model/types.js';
import { indicatorEntry } from './entries.js';
import { keyActionEntry, keyActionRatingRule } from './key-action-entries.js';
import {
  chapter,
  headline,
  headlineSentence,
  missingEntries,
  offTargetEntries,
  provisionalEntries,
  shell,
} from './common.js';
import { breakdownChapter } from './breakdown-section.js';
import { dataQualityChapter } from './data-quality.js';
import { deepDiveChapter } from './deep-dive-section.js';
import { reportNarrative } from './narrative.js';
import type { ReportData } from './report-data.js';
import { riskChapterSections } from './risk-section.js';
import { reportScope } from './scope.js';
import { buildSummary, groupByPriority, ratingRule } from './summary.js';
import type { Chapter, ReportDocument } from './types.js';

export function buildQuarterlyReport(data: ReportData, portfolio?: Portfolio): ReportDocument {
  const scope = reportScope(data, portfolio?.id);
  const groups = groupByPriority(data, scope.rows);
  const summary = buildSummary(data, scope.rows, groups);
  const exceptions = offTargetEntries(data, scope.rows);
  const missing = missingEntries(data, scope.rows);
  const provisional = provisionalEntries(data, scope.rows);
  const chapters: Chapter[] = [
    chapter('summary', 'Summary', [
      {
        kind: 'paragraph',
        text:
          `Performance for ${data.selected.label}, from authorised figures only. ` +
          headlineSentence(summary) +
          (missing.length > 0
            ? ` ${missing.length} indicator${missing.length === 1 ? ' has' : 's have'} no figure yet: ${missing.map((m) => m.code).join(', ')}.`
            : '') +
          (provisional.length > 0
            ? ` ${provisional.length} indicator${provisional.length === 1 ? "'s figure is" : "s' figures are"} provisional, not yet authorised, so not rated or counted: ${provisional.map((p) => `${p.code} (${p.provisional!.toLowerCase()})`).join(', ')}.`
            : ''),
      },
      { kind: 'summary', summary },
    ]),
    {
      id: 'exceptions',
      heading: 'Exceptions: performance not as expected',
      sections: [
        {
          heading: null,
          blocks:
            exceptions.length > 0
              ? [{ kind: 'indicator-details', entries: exceptions }]
              : [
                  {
                    kind: 'paragraph',
                    text: 'No indicator is rated Review or Action this period.',
                  },
                ],
        },
      ],
    },
    {
      id: 'indicators',
      heading: 'Every indicator by priority',
      sections: groups.map((g) => ({
        heading: g.title,
        blocks:
          g.rows.length > 0
            ? [{ kind: 'indicator-table', entries: g.rows.map((r) => indicatorEntry(data, r)) }]
            : [{ kind: 'paragraph', text: 'No indicators in this report serve this priority.' }],
      })),
    },
    ...[breakdownChapter(scope.rows, data.breakdownValues)].filter((c) => c !== null),
    dataQualityChapter(data, new Set(scope.rows.map((r) => r.indicator.id))),
    deepDiveChapter(data, new Set(scope.rows.map((r) => r.indicator.id))),
    chapter(
      'key-actions',
      'Key action progress',
      scope.keyActions.length > 0
        ? [
            { kind: 'key-actions', entries: scope.keyActions.map((a) => keyActionEntry(data, a)) },
            { kind: 'paragraph', text: keyActionRatingRule(data) },
          ]
        : [{ kind: 'paragraph', text: `No key actions are recorded for ${data.selected.year}.` }],
    ),
    // The register is the council's, not a portfolio's: the portfolio report leaves it out.
    ...(portfolio ? [] : [{ id: 'risks', heading: 'Risks', sections: riskChapterSections(data) }]),
  ];
  return {
    kind: portfolio ? 'portfolio' : 'quarterly',
    title: portfolio
      ? `Portfolio performance report: ${portfolio.name}`
      : 'Quarterly Performance Report',
    subtitle: portfolio
      ? `${data.selected.label} · Cabinet member: ${portfolio.holder}`
      : `${data.selected.label} · for Cabinet and Scrutiny`,
    ...shell(data),
    chapters,
    ratingRule: ratingRule(data),
    narrative: reportNarrative(data, scope.rows),
    headline: headline(summary),
  };
}
