// When the last return of a quarter is authorised, a card goes to a configured channel with the
// headline counts and a link to the Quarterly Performance Report (issue 8). A quarter is complete
// when every non-retired indicator's returns for the periods of its own frequency that END within
// the quarter are authorised (monthly: its three months; half-yearly and annual: only in the
// quarter where that half or year ends). The card is posted once per quarter, however many
// authorisations race to complete it, and links to the tab's Reports page (a browser link cannot
// carry the bearer token the report API needs in a tenant).
import { tabPageUrl, type TabLinkOptions } from '../app/links/tab-page-url.js';
import type { Indicator, ReturnState } from '../domain/model/types.js';
import {
  kindForFrequency,
  parsePeriod,
  periodContaining,
  periodsWithin,
  type Period,
} from '../domain/periods/index.js';
import type { AppDeps } from '../app/deps.js';
import { loadCatalogue } from '../app/catalogue/index.js';
import { claimOnce } from './claim-once.js';
import { buildQuarterlyReport, loadReportData } from './model/index.js';

/**
 * Posts the quarter-complete announcement to the council's report channel (the bot builds the
 * card, so this module stays free of Teams); false when nothing was posted.
 */
export interface ChannelNotifier {
  postQuarterComplete(input: QuarterCardInput): Promise<boolean>;
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

/** Each live indicator's periods that end within the quarter, and their distinct keys. */
async function dueWithin(deps: AppDeps, quarter: Period) {
  const cat = await loadCatalogue(deps.store);
  const indicators = [...cat.indicators.values()].filter((i) => !i.retired);
  const wanted = indicators.flatMap((i) => periodsDueIn(i, quarter).map((p) => ({ i, p })));
  return { wanted, keys: [...new Set(wanted.map((w) => w.p.key))] };
}

const OPEN_STATES = ['due', 'submitted', 'checked'] as const satisfies readonly ReturnState[];

/**
 * Whether any return of these periods is still to be authorised. Every authorisation asks if its
 * quarter is complete, and at quarter-end the answer is nearly always no: one indexed lookup that
 * stops at the first open return costs far less than reading every return of the quarter.
 */
async function anyOpenReturn(deps: AppDeps, periodKeys: readonly string[]): Promise<boolean> {
  for (const periodKey of periodKeys) {
    for (const state of OPEN_STATES) {
      const found = await deps.store.query('returns', { periodKey, state }, { top: 1 });
      if (found.length > 0) return true;
    }
  }
  return false;
}

export async function quarterCompletion(
  deps: AppDeps,
  quarter: Period,
): Promise<QuarterCompletion> {
  const { wanted, keys } = await dueWithin(deps, quarter);
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
  /** The tab's Reports page for the quarter (see reportsPageUrl). */
  reportUrl: string;
}

export type ReportLinkOptions = TabLinkOptions;

/** The tab's Reports page for a period (a Teams deep link in a tenant: tabPageUrl). */
export function reportsPageUrl(periodKey: string, options: ReportLinkOptions): string {
  return tabPageUrl(`reports?period=${encodeURIComponent(periodKey)}`, 'Reports', options);
}

export interface QuarterNoticeDeps extends AppDeps, ReportLinkOptions {}

/** The quarter's one card (claim-once.ts). */
function claimQuarter(deps: AppDeps, quarter: Period) {
  return claimOnce(deps, {
    id: `quarter-notice-${quarter.key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    key: `quarterNotice:${quarter.key}`,
    event: 'quarter-notice',
  });
}

/**
 * Call after any authorise: posts the card when the return's quarter is complete and its card has
 * not been posted. When nothing could be posted (no channel yet, or Teams failed) the claim is
 * released, so a later authorisation in the quarter tries again.
 */
export async function onQuarterMaybeComplete(
  deps: QuarterNoticeDeps,
  periodKey: string,
  notifier: ChannelNotifier,
): Promise<boolean> {
  const quarter = quarterOf(periodKey);
  if (await anyOpenReturn(deps, (await dueWithin(deps, quarter)).keys)) return false;
  const completion = await quarterCompletion(deps, quarter);
  if (!completion.complete) return false;
  const release = await claimQuarter(deps, quarter);
  if (!release) return false;
  let posted = false;
  try {
    const report = buildQuarterlyReport(await loadReportData(deps, quarter));
    posted = await notifier.postQuarterComplete({
      councilName: report.councilName,
      quarterLabel: quarter.label,
      headline: report.headline,
      reportUrl: reportsPageUrl(quarter.key, deps),
    });
    return posted;
  } finally {
    if (!posted) await release();
  }
}
