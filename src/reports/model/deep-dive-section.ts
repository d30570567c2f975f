// The quarterly report's deep-dive reviews (issue 16), from the tab's own view of a review
// (deepDiveView), so the report and the indicator page never disagree on where one stands: every
// review under way, then those closed since the quarter began, each with who leads it, who asked,
// its scope and — once written — its findings, recommendations and outcome. A persistently
// under-performing indicator's entry says, in the same words, whether its review is under way.
import { compareDeepDives, deepDiveView, type DeepDiveView } from '../../app/deep-dives/index.js';
import { currentReview, deepDiveStandingWords } from '../../domain/deep-dives/index.js';
import { formatDate, londonDate } from '../../domain/periods/index.js';
import type { ReportData } from './report-data.js';
import type { Block, Chapter } from './types.js';

/** The performance team reads the report's reviews as everyone does: no one's permissions. */
const NOBODY = '';

function views(data: ReportData): DeepDiveView[] {
  const ctx = { cat: data.cat, today: data.today, plans: data.actionPlans };
  return data.deepDives.map((r) => deepDiveView(ctx, r, NOBODY)).sort(compareDeepDives);
}

/** Open reviews, and those closed on or after the first day of the report's period. */
export function reportedDeepDives(data: ReportData): DeepDiveView[] {
  return views(data).filter(
    (v) =>
      v.status === 'open' || (v.closedAt !== null && londonDate(v.closedAt) >= data.selected.start),
  );
}

function facts(v: DeepDiveView): string[][] {
  const rows: [string, string][] = [
    ['Where it stands', v.standing],
    ['Lead officer', v.lead.name],
    ['Why a deep dive', v.triggerWords],
    ['Started', v.requestedAtText],
    ['Scope', v.scope],
    ['Questions answered', `${v.answered} of ${v.questions.length}`],
  ];
  if (v.findings) rows.push(['Findings', v.findings]);
  if (v.recommendations) rows.push(['Recommendations', v.recommendations]);
  if (v.actionPlan) rows.push(['Action plan', v.actionPlan.label]);
  if (v.status === 'closed') rows.push(['Outcome', v.outcome]);
  return rows;
}

function reviewBlock(v: DeepDiveView): Block {
  return { kind: 'table', header: ['', 'Deep-dive review'], rows: facts(v), widths: [1.3, 4] };
}

export function deepDiveChapter(data: ReportData, indicatorIds: ReadonlySet<string>): Chapter {
  const shown = reportedDeepDives(data).filter((v) => indicatorIds.has(v.indicator.id));
  const intro: Block = {
    kind: 'paragraph',
    text:
      `Deep-dive reviews look in depth at persistent under-performance, or at an indicator a ` +
      `committee or the performance team asked about. Reviews under way on ${formatDate(data.today)}, ` +
      `and those closed since ${data.selected.label} began.`,
    keepWithNext: true,
  };
  return {
    id: 'deep-dives',
    heading: 'Deep-dive reviews',
    sections:
      shown.length > 0
        ? [
            { heading: null, blocks: [intro] },
            ...shown.map((v) => ({
              heading: `${v.indicator.code} ${v.indicator.title}`,
              blocks: [reviewBlock(v)],
            })),
          ]
        : [
            {
              heading: null,
              blocks: [
                {
                  kind: 'paragraph',
                  text: `No deep-dive review is under way, and none has closed since ${data.selected.label} began.`,
                },
              ],
            },
          ],
  };
}

/** What a persistent indicator's entry says of its review: "a deep-dive review is due" if none. */
export function deepDiveWords(
  data: Pick<ReportData, 'deepDives' | 'today'>,
  indicatorId: string,
): string {
  const current = currentReview(
    data.deepDives.filter((r) => r.fields.indicatorId === indicatorId).map((r) => r.fields),
  );
  if (!current) return 'a deep-dive review is due';
  const words = deepDiveStandingWords(current, data.today);
  return `deep-dive review ${words.charAt(0).toLowerCase()}${words.slice(1)}`;
}
