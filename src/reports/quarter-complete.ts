// When the last return of a quarter is authorised, a card goes to a configured channel with the
// headline counts and a link to the Quarterly Performance Report (issue 8). A quarter is complete
// when every non-retired indicator's returns for the periods of its own frequency that END within
// the quarter are authorised (monthly: its three months; half-yearly and annual: only in the
// quarter where that half or year ends).
import type { Indicator } from '../domain/model/types.js';
import {
  kindForFrequency,
  parsePeriod,
  periodContaining,
  periodsWithin,
  type Period,
} from '../domain/periods/index.js';
import type { AppDeps } from '../app/deps.js';
import { loadCatalogue } from '../app/catalogue/index.js';
import { buildQuarterlyReport, loadReportData } from './model/index.js';

export interface ChannelNotifier {
  postToChannel(card: Record<string, unknown>): Promise<void>;
}

/** The quarter a return's period falls in (a half-year or year counts in its last quarter). */
export function quarterOf(periodKey: string): Period {
  return periodContaining(parsePeriod(periodKey).end, 'quarter');
}

export function periodsDueIn(indicator: Indicator, quarter: Period): Period[] {
  const kind = kindForFrequency(indicator.frequency);
  if (kind === 'month') return periodsWithin(quarter, 'month');
  const own = periodContaining(quarter.end, kind);
  return own.end === quarter.end ? [own] : [];
}

export interface QuarterCompletion {
  quarter: Period;
  complete: boolean;
  /** `CODE period` of each return not yet authorised. */
  outstanding: string[];
}

export async function quarterCompletion(
  deps: AppDeps,
  quarter: Period,
): Promise<QuarterCompletion> {
  const cat = await loadCatalogue(deps.store);
  const indicators = [...cat.indicators.values()].filter((i) => !i.retired);
  const wanted = indicators.flatMap((i) => periodsDueIn(i, quarter).map((p) => ({ i, p })));
  const keys = [...new Set(wanted.map((w) => w.p.key))];
  const lists = await Promise.all(keys.map((k) => deps.store.query('returns', { periodKey: k })));
  const authorised = new Set(
    lists
      .flat()
      .filter((r) => r.fields.state === 'authorised')
      .map((r) => `${r.fields.indicatorId}|${r.fields.periodKey}`),
  );
  const outstanding = wanted
    .filter((w) => !authorised.has(`${w.i.id}|${w.p.key}`))
    .map((w) => `${w.i.code} ${w.p.label}`);
  return { quarter, complete: wanted.length > 0 && outstanding.length === 0, outstanding };
}

export interface QuarterCardInput {
  councilName: string;
  quarterLabel: string;
  headline: { label: string; count: number }[];
  reportUrl: string;
}

/** Adaptive Card 1.5: the counts as text (FactSet), never colour alone. */
export function quarterCompleteCard(input: QuarterCardInput): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        size: 'Large',
        weight: 'Bolder',
        wrap: true,
        text: `${input.quarterLabel} is fully authorised`,
      },
      {
        type: 'TextBlock',
        wrap: true,
        text: `Every return for ${input.quarterLabel} at ${input.councilName} has been authorised. The Quarterly Performance Report is ready.`,
      },
      {
        type: 'FactSet',
        facts: input.headline.map((h) => ({ title: h.label, value: String(h.count) })),
      },
    ],
    actions: [
      { type: 'Action.OpenUrl', title: 'Open the report (PDF)', url: input.reportUrl },
      {
        type: 'Action.OpenUrl',
        title: 'Open the report (Word)',
        url: input.reportUrl.replace('format=pdf', 'format=docx'),
      },
    ],
  };
}

export interface QuarterNoticeDeps extends AppDeps {
  /** Public address of this server (GT_PUBLIC_BASE_URL), for the report link. */
  baseUrl: string;
}

/** Call after any authorise: posts the card when the return's quarter has just become complete. */
export async function onQuarterMaybeComplete(
  deps: QuarterNoticeDeps,
  periodKey: string,
  notifier: ChannelNotifier,
): Promise<boolean> {
  const quarter = quarterOf(periodKey);
  const completion = await quarterCompletion(deps, quarter);
  if (!completion.complete) return false;
  const report = buildQuarterlyReport(await loadReportData(deps, quarter));
  const query = new URLSearchParams({ period: quarter.key, format: 'pdf' });
  await notifier.postToChannel(
    quarterCompleteCard({
      councilName: report.councilName,
      quarterLabel: quarter.label,
      headline: report.headline,
      reportUrl: `${deps.baseUrl.replace(/\/$/, '')}/api/reports/quarterly?${query.toString()}`,
    }),
  );
  return true;
}
