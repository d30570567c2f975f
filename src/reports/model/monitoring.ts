// The Business Plan Monitoring Statement (issue 13), made twice a year: at the half year (to 30
// September) and at the year end. Every service plan of the year with its key actions grouped by
// status, and the counts per service. Each action shows its latest update within the half or the
// year, saying which quarter it is from when it is not the last.
import { serviceOf } from '../../domain/model/service-of.js';
import { ValidationError } from '../../domain/errors/errors.js';
import type { ServicePlan } from '../../domain/model/types.js';
import { formatDate, parsePeriod, type Period } from '../../domain/periods/index.js';
import { chapter, shell } from './common.js';
import {
  keyActionEntry,
  keyActionRatingRule,
  STATUS_ORDER,
  statusText,
} from './key-action-entries.js';
import { keyActionReportNarrative } from './key-action-narrative.js';
import type { ReportData } from './report-data.js';
import { reportScope } from './scope.js';
import type { Block, KeyActionEntry, ReportDocument, SummaryRow } from './types.js';

/** The half year (H1, to 30 September) or the year end (the whole year) a statement covers. */
export function monitoringPeriod(period: Period, field = 'period'): Period {
  const halfYear = parsePeriod(`${period.year} H1`);
  const yearEnd = parsePeriod(period.year);
  if (period.end === halfYear.end && period.kind !== 'month') return halfYear;
  if (period.end === yearEnd.end && period.kind !== 'month') return yearEnd;
  throw new ValidationError(
    `the monitoring statement is made at the half year ("${halfYear.key}", to ${formatDate(halfYear.end)}) ` +
      `or the year end ("${yearEnd.key}"), not for ${period.label}`,
    field,
  );
}

const COUNT_COLUMNS = ['Complete', 'On track', 'Some risk', 'Unlikely', 'Not started', 'No update'];
const NO_UPDATE = 'No update';

/** The plan's title, with its service in front unless the title already names it. */
const planHeading = (service: string, title: string) =>
  !service || title.toLowerCase().includes(service.toLowerCase()) ? title : `${service}: ${title}`;

const groupOf = (e: KeyActionEntry) => (e.statusKey ? STATUS_ORDER.indexOf(e.statusKey) : 5);

function countRow(label: string, entries: KeyActionEntry[]): SummaryRow {
  const counts = COUNT_COLUMNS.map((_, i) => entries.filter((e) => groupOf(e) === i).length);
  return { label, counts, total: entries.length };
}

function countSentence(entries: KeyActionEntry[]): string {
  const row = countRow('', entries);
  const parts = COUNT_COLUMNS.map((c, i) => `${row.counts[i]} ${c.toLowerCase()}`).filter(
    (_, i) => row.counts[i]! > 0,
  );
  return `${entries.length} key action${entries.length === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

function groups(entries: KeyActionEntry[]): Block[] {
  return COUNT_COLUMNS.flatMap((_, i): Block[] => {
    const mine = entries.filter((e) => groupOf(e) === i);
    if (mine.length === 0) return [];
    const label = i < STATUS_ORDER.length ? statusText(STATUS_ORDER[i]!) : NO_UPDATE;
    return [{ kind: 'key-action-group', heading: `${label} (${mine.length})`, entries: mine }];
  });
}

export function buildMonitoringStatement(data: ReportData): ReportDocument {
  const period = data.selected;
  const isHalf = period.kind === 'half';
  const asAt = `${isHalf ? 'Half year' : 'Year end'} to ${formatDate(period.end)}`;
  const actions = reportScope(data).keyActions;
  const serviceName = (sp: ServicePlan) => serviceOf(data.cat.services, sp.serviceId)?.name ?? '';
  const plans = data.cat.servicePlans
    .filter((sp) => sp.year === period.year && !sp.retired)
    .sort((a, b) => serviceName(a).localeCompare(serviceName(b), 'en-GB'));
  const byPlan = plans.map((sp) => ({
    plan: sp,
    entries: actions.filter((a) => a.servicePlanId === sp.id).map((a) => keyActionEntry(data, a)),
  }));
  const all = byPlan.flatMap((p) => p.entries);
  const totals = countRow('All service plans', all);
  return {
    kind: 'monitoring',
    title: 'Business Plan Monitoring Statement',
    subtitle: `${period.year} service plans · ${asAt}`,
    ...shell(data),
    chapters: [
      chapter('summary', 'Summary', [
        {
          kind: 'paragraph',
          text:
            `${plans.length} service plan${plans.length === 1 ? '' : 's'} for ${period.year}, ` +
            `${asAt.toLowerCase()}, from each owner's latest update: ${countSentence(all)}`,
        },
        {
          kind: 'status-counts',
          counts: {
            columns: COUNT_COLUMNS,
            rows: byPlan.map((p) => countRow(serviceName(p.plan), p.entries)),
            totals,
          },
        },
      ]),
      {
        id: 'service-plans',
        heading: 'Key actions by service plan',
        sections:
          byPlan.length > 0
            ? byPlan.map((p) => ({
                heading: planHeading(serviceName(p.plan), p.plan.title),
                blocks: [
                  {
                    kind: 'paragraph',
                    keepWithNext: true,
                    text: `Owner: ${data.cat.people.get(p.plan.ownerId)?.name ?? 'Not recorded'}. ${countSentence(p.entries)}`,
                  },
                  ...groups(p.entries),
                ],
              }))
            : [
                {
                  heading: null,
                  blocks: [
                    {
                      kind: 'paragraph',
                      text: `No service plans are recorded for ${period.year}.`,
                    },
                  ],
                },
              ],
      },
    ],
    ratingRule: keyActionRatingRule(data),
    // About key actions, not indicator figures: the key-action rules speak for it, on the actions
    // of the statement's service plans.
    narrative: keyActionReportNarrative(
      data,
      actions.filter((a) => plans.some((sp) => sp.id === a.servicePlanId)),
      'key action',
    ),
    headline: COUNT_COLUMNS.map((label, i) => ({ label, count: totals.counts[i] ?? 0 })),
  };
}
