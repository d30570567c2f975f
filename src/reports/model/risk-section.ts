// The reports' risk sections (issue 17), from the register's own view (riskSummary), so a report and
// the register page can never disagree on a score or on tolerance: the top risks (above tolerance
// first, then the highest residual score, then by code) with the objectives they threaten, and
// the changes since last quarter — each open risk's residual score from its latest review on or
// before this quarter's end against the latest on or before the previous quarter's end.
import type { RiskReview } from '../../domain/model/types.js';
import { formatDate, previousPeriod } from '../../domain/periods/index.js';
import { latestReviewBy, riskScore } from '../../domain/risks/index.js';
import { riskSummary, type RiskSummaryView } from '../../app/risks/risk-view.js';
import type { ReportData } from './report-data.js';
import type { Block } from './types.js';

/** How many risks the Performance and Budget report lists (Derbyshire's "top risks"). */
export const TOP_RISKS = 10;

export function openRisks(data: ReportData): RiskSummaryView[] {
  return data.register.risks
    .map((item) => riskSummary(data.cat, data.register, item))
    .filter((r) => r.status !== 'closed')
    .sort(
      (a, b) =>
        Number(b.aboveTolerance) - Number(a.aboveTolerance) ||
        b.residual.score - a.residual.score ||
        a.code.localeCompare(b.code, 'en-GB', { numeric: true }),
    );
}

const RISK_HEADER = ['Risk', 'Owner', 'Residual score', 'Above tolerance', 'Objectives threatened'];
const RISK_WIDTHS = [4, 2, 1.4, 1.2, 1.6];

function riskRow(r: RiskSummaryView): string[] {
  return [
    `${r.code} ${r.title}`,
    r.owner.name,
    `${r.residual.score} (${r.band})`,
    r.aboveTolerance ? 'Yes' : 'No',
    r.objectiveCodes.join(', ') || 'None recorded',
  ];
}

function riskTable(risks: RiskSummaryView[]): Block {
  return { kind: 'table', header: RISK_HEADER, rows: risks.map(riskRow), widths: RISK_WIDTHS };
}

function asRecorded(data: ReportData): string {
  return (
    `Residual scores as the register stands on ${formatDate(data.register.today)}; ` +
    `the council's tolerance is a residual score above ${data.register.matrix.tolerance}.`
  );
}

/** The Performance and Budget report's top risks, in the order the tests check. */
export function topRiskBlocks(data: ReportData, limit = TOP_RISKS): Block[] {
  const risks = openRisks(data).slice(0, limit);
  if (risks.length === 0) return [{ kind: 'paragraph', text: 'No open risks are recorded.' }];
  return [{ kind: 'paragraph', text: asRecorded(data), keepWithNext: true }, riskTable(risks)];
}

/** The latest review on or before `date`, as a residual score; null when none by then. */
function scoreBy(reviews: readonly RiskReview[], date: string): number | null {
  const last = latestReviewBy(reviews, date);
  return last ? riskScore(last.residualLikelihood, last.residualImpact) : null;
}

export interface RiskChange {
  risk: RiskSummaryView;
  before: number;
  after: number;
}

export function changesSinceLastQuarter(data: ReportData): RiskChange[] {
  const end = data.selected.end;
  const lastEnd = previousPeriod(data.selected).end;
  return openRisks(data).flatMap((risk) => {
    const reviews = data.register.reviews.get(risk.id) ?? [];
    const after = scoreBy(reviews, end);
    const before = scoreBy(reviews, lastEnd);
    return after !== null && before !== null && after !== before ? [{ risk, before, after }] : [];
  });
}

/** The quarterly report's chapter: risks above tolerance, then what moved since last quarter. */
export function riskChapterSections(data: ReportData): { heading: string; blocks: Block[] }[] {
  const above = openRisks(data).filter((r) => r.aboveTolerance);
  const changes = changesSinceLastQuarter(data);
  const last = previousPeriod(data.selected).label;
  return [
    {
      heading: 'Risks above tolerance',
      blocks:
        above.length > 0
          ? [{ kind: 'paragraph', text: asRecorded(data), keepWithNext: true }, riskTable(above)]
          : [{ kind: 'paragraph', text: 'No open risk is above the council’s tolerance.' }],
    },
    {
      heading: `Changes since ${last}`,
      blocks:
        changes.length > 0
          ? [
              {
                kind: 'table',
                header: ['Risk', 'Change', `Score at ${last}`, `Score at ${data.selected.label}`],
                rows: changes.map((c) => [
                  `${c.risk.code} ${c.risk.title}`,
                  c.after > c.before ? 'Up (worse)' : 'Down (better)',
                  String(c.before),
                  String(c.after),
                ]),
                widths: [4, 1.4, 1.3, 1.3],
                numeric: [2, 3],
              },
            ]
          : [
              {
                kind: 'paragraph',
                text: `No open risk's residual score changed between reviews by the end of ${last} and by the end of ${data.selected.label}.`,
              },
            ],
    },
  ];
}
