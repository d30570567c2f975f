// The exception report for the Leadership Team: only what is not as expected (DESIGN.md: reporting
// by exception) — off-target figures with their action plans, figures still not authorised after
// their due date, and persistent under-performance that calls for a deep-dive review.
import { indicatorEntry } from './entries.js';
import { headline, headlineSentence, missingEntries, offTargetEntries, shell } from './common.js';
import { reportNarrative } from './narrative.js';
import type { ReportData } from './report-data.js';
import { reportScope } from './scope.js';
import { buildSummary, groupByPriority, ratingRule } from './summary.js';
import type { Block, ReportDocument } from './types.js';

const orNone = (blocks: Block[], none: string): Block[] =>
  blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: none }];

export function buildExceptionReport(data: ReportData): ReportDocument {
  const scope = reportScope(data);
  const summary = buildSummary(data, scope.rows, groupByPriority(data, scope.rows));
  const offTarget = offTargetEntries(data, scope.rows);
  const missing = missingEntries(data, scope.rows);
  const persistent = scope.rows.filter((r) => r.persistent).map((r) => indicatorEntry(data, r));
  const one = (id: string, heading: string, blocks: Block[]) => ({
    id,
    heading,
    sections: [{ heading: null, blocks }],
  });
  return {
    kind: 'exception',
    title: 'Exception report',
    subtitle: `${data.selected.label} · for the Leadership Team`,
    ...shell(data),
    chapters: [
      one('summary', 'Summary', [
        {
          kind: 'paragraph',
          text: `${offTarget.length} off target, ${missing.length} without an authorised figure after the due date, ${persistent.length} persistently under-performing. ${headlineSentence(summary)}`,
        },
        { kind: 'summary', summary },
      ]),
      one(
        'off-target',
        'Off target: Review and Action',
        orNone(
          offTarget.length > 0 ? [{ kind: 'indicator-details', entries: offTarget }] : [],
          'No indicator is off target this period.',
        ),
      ),
      one(
        'missing',
        'No authorised figure after the due date',
        orNone(
          missing.length > 0 ? [{ kind: 'indicator-table', entries: missing }] : [],
          'Every indicator due has an authorised figure.',
        ),
      ),
      one(
        'persistent',
        'Persistent under-performance (deep-dive review)',
        orNone(
          persistent.length > 0 ? [{ kind: 'indicator-table', entries: persistent }] : [],
          `No indicator has been rated Action for ${data.settings.persistentRuns} periods running.`,
        ),
      ),
    ],
    ratingRule: ratingRule(data),
    narrative: reportNarrative(data, scope.rows),
    headline: headline(summary),
  };
}
