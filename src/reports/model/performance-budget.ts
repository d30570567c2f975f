// The Performance and Budget report (issue 17; Derbyshire's quarterly report to Cabinet and
// Council, seeds/004): the performance summary per priority, then the budget position and forecast
// outturn by directorate, the top risks and the exceptions. The summary and exceptions are the
// quarterly report's own (buildSummary, offTargetEntries), so the two reports never disagree, and
// only authorised figures count, as there.
import type { BudgetPositionView } from '../../app/budget/index.js';
import { budgetChapter } from './budget-chapter.js';
import { chapter, headline, headlineSentence, offTargetEntries, shell } from './common.js';
import { reportNarrative } from './narrative.js';
import type { ReportData } from './report-data.js';
import { topRiskBlocks } from './risk-section.js';
import { reportScope } from './scope.js';
import { buildSummary, groupByPriority, ratingRule } from './summary.js';
import type { ReportDocument } from './types.js';

export function buildPerformanceBudgetReport(
  data: ReportData,
  budget: BudgetPositionView,
): ReportDocument {
  const scope = reportScope(data);
  const summary = buildSummary(data, scope.rows, groupByPriority(data, scope.rows));
  const exceptions = offTargetEntries(data, scope.rows);
  return {
    kind: 'performance-budget',
    title: 'Performance and Budget Report',
    subtitle: `${data.selected.label} · for Cabinet and Council`,
    ...shell(data),
    chapters: [
      chapter('performance', 'Performance summary by priority', [
        {
          kind: 'paragraph',
          text: `Performance for ${data.selected.label}, from authorised figures only. ${headlineSentence(summary)}`,
        },
        { kind: 'summary', summary },
      ]),
      budgetChapter(budget),
      chapter('risks', 'Top risks', topRiskBlocks(data)),
      chapter(
        'exceptions',
        'Exceptions: performance not as expected',
        exceptions.length > 0
          ? [{ kind: 'indicator-details', entries: exceptions }]
          : [{ kind: 'paragraph', text: 'No indicator is rated Review or Action this period.' }],
      ),
    ],
    ratingRule: ratingRule(data),
    narrative: reportNarrative(data, scope.rows),
    headline: headline(summary),
  };
}
