// The "Strategic dashboard" report (issue 17; Derbyshire's Strategic Dashboard for Cabinet and the
// Corporate Management Team): the strategic dashboard's own view (strategicDashboardFor) laid out
// as a report, so the PDF, the tab and the channel card never disagree. At a glance by directorate,
// then the key development areas, the risks above tolerance, the budget variance and every
// indicator as at the date.
import type { CouncilSettings, RatingState } from '../../domain/model/types.js';
import { formatDate } from '../../domain/periods/index.js';
import { levelsOf, RATING_LABELS } from '../../domain/ratings/index.js';
import type {
  StrategicDashboardView,
  StrategicIndicatorRow,
} from '../../app/strategic-dashboard/index.js';
import { chapter } from './common.js';
import { countRow, ratingRuleOf } from './summary.js';
import type { Block, Chapter, ReportDocument, ReportSummary } from './types.js';

function summaryByDirectorate(
  settings: CouncilSettings,
  rows: StrategicIndicatorRow[],
): ReportSummary {
  const levels = levelsOf(settings.ratingScheme);
  const states: (RatingState | null)[] = [...levels, null];
  const names = [...new Set(rows.map((r) => r.directorate || 'No directorate'))];
  return {
    columns: [...levels.map((l) => RATING_LABELS[l]), 'No rating'],
    states,
    rows: names.map((n) =>
      countRow(
        n,
        rows.filter((r) => (r.directorate || 'No directorate') === n),
        states,
      ),
    ),
    totals: countRow('All indicators', rows, states),
    rowHeading: 'Directorate',
  };
}

const why = (r: StrategicIndicatorRow) =>
  [
    r.rating.state === 'action' || r.rating.state === 'red' ? 'Well below target' : '',
    r.rating.state === 'review' || r.rating.state === 'amber' ? 'Below target' : '',
    r.persistent ? 'Persistent under-performance' : '',
  ]
    .filter(Boolean)
    .join('; ');

function areasChapter(view: StrategicDashboardView): Chapter {
  const { indicators, keyActions } = view.keyDevelopmentAreas;
  const indicatorBlocks: Block[] =
    indicators.length > 0
      ? [
          {
            kind: 'table',
            header: ['Indicator', 'Period', 'Figure', 'Target', 'Rating', 'Why', 'Commentary'],
            rows: indicators.map((r) => [
              `${r.code} ${r.title}`,
              r.periodLabel,
              r.valueText,
              r.targetText,
              r.rating.label,
              why(r),
              r.commentary || 'No commentary given',
            ]),
            widths: [2.4, 1, 0.9, 0.9, 0.8, 1.3, 3.2],
            numeric: [2, 3],
          },
        ]
      : [
          {
            kind: 'paragraph',
            text: 'No indicator was off target or persistently under-performing.',
          },
        ];
  const actionBlocks: Block[] =
    keyActions.length > 0
      ? [
          {
            kind: 'table',
            header: ['Key action', 'Owner', 'Progress', 'Rating', 'Commentary'],
            rows: keyActions.map((a) => [
              `${a.code} ${a.title}`,
              a.owner,
              a.status,
              a.rating.label,
              a.commentary || 'No commentary given',
            ]),
            widths: [2.6, 1.3, 1.8, 0.8, 3.5],
          },
        ]
      : [{ kind: 'paragraph', text: 'No key action was reported off track.' }];
  return {
    id: 'key-development-areas',
    heading: 'Key development areas',
    sections: [
      {
        heading: 'Indicators off target or persistently under-performing',
        blocks: indicatorBlocks,
      },
      { heading: 'Key actions off track', blocks: actionBlocks },
    ],
  };
}

function risksChapter(view: StrategicDashboardView): Chapter {
  const { aboveTolerance, tolerance } = view.risks;
  const intro = `Residual scores from each risk's latest review on or before ${view.asAtText}; the council's tolerance is a residual score above ${tolerance}.`;
  return chapter(
    'risks',
    'Risks above tolerance',
    aboveTolerance.length > 0
      ? [
          { kind: 'paragraph', text: intro, keepWithNext: true },
          {
            kind: 'table',
            header: ['Risk', 'Owner', 'Residual score', 'Reviewed', 'Objectives threatened'],
            rows: aboveTolerance.map((r) => [
              `${r.code} ${r.title}`,
              r.owner,
              `${r.score} (${r.band})`,
              r.reviewedOn ?? 'Not yet reviewed',
              r.objectiveCodes.join(', ') || 'None recorded',
            ]),
            widths: [3.6, 1.8, 1.3, 1.2, 1.6],
          },
        ]
      : [
          {
            kind: 'paragraph',
            text: `No open risk was above the council's tolerance (${tolerance}).`,
          },
        ],
  );
}

function budgetChapterOf(view: StrategicDashboardView): Chapter {
  const b = view.budget;
  if (!b)
    return chapter('budget', 'Budget variance', [
      { kind: 'paragraph', text: view.budgetNote ?? '' },
    ]);
  return chapter('budget', 'Budget variance', [
    {
      kind: 'paragraph',
      text: `The budget position at the end of ${b.periodLabel}, the latest quarter ended by ${view.asAtText}. A variance is an overspend or underspend when it is beyond the tolerance: ${b.tolerance}.`,
    },
    {
      kind: 'table',
      header: ['Directorate', 'Position', 'In words'],
      rows: [...b.directorates, { ...b.council, name: 'Council total' }].map((d) => [
        d.name,
        d.words,
        d.sentence,
      ]),
      widths: [2, 1.1, 6],
    },
  ]);
}

export function buildStrategicDashboardReport(
  view: StrategicDashboardView,
  settings: CouncilSettings,
  today: string,
): ReportDocument {
  const edition = view.isEdition ? 'Edition' : 'As at';
  return {
    kind: 'strategic-dashboard',
    title: 'Strategic Dashboard',
    subtitle: `${edition} ${view.asAtText} · for Cabinet and the Corporate Management Team`,
    councilName: view.councilName,
    periodKey: view.asAt,
    periodLabel: `as at ${view.asAtText}`,
    generatedOn: formatDate(today),
    chapters: [
      chapter('glance', 'At a glance', [
        {
          kind: 'paragraph',
          text: `The latest authorised figure of each indicator as at ${view.asAtText}: a figure authorised after that day is not counted. ${view.headlineSentence} ${view.cadence.words}; the next edition after this date is on ${formatDate(view.cadence.nextEdition)}.`,
        },
        { kind: 'summary', summary: summaryByDirectorate(settings, view.indicators) },
      ]),
      areasChapter(view),
      risksChapter(view),
      budgetChapterOf(view),
      chapter('indicators', 'Every indicator as at the date', [
        {
          kind: 'table',
          header: ['Indicator', 'Period', 'Figure', 'Target', 'Rating', 'Authorised'],
          rows: view.indicators.map((r) => [
            `${r.code} ${r.title}`,
            r.periodLabel,
            r.valueText,
            r.targetText,
            r.rating.label,
            r.authorisedOn ?? 'No figure by then',
          ]),
          widths: [3.6, 1.1, 1, 1, 0.9, 1.2],
          numeric: [2, 3],
        },
      ]),
    ],
    ratingRule: ratingRuleOf(settings.ratingScheme),
    narrative: [],
    headline: view.headline.map((h) => ({ label: h.label, count: h.count })),
  };
}
