// The Performance and Budget report's view model from the demo council built for a fixed day: the
// directorates, services and risks are found in the store, never assumed. It must name the
// forecast outturn of every directorate with budget lines for the quarter, list the top risks in
// order (above tolerance first, then the highest residual score), and refuse a period that is not a
// quarter; the quarterly report gains its risk chapter.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { formatPence, linesForQuarter, sumPence } from '../../src/domain/budget/index.js';
import { ValidationError } from '../../src/domain/errors/errors.js';
import { previousPeriod, type Period } from '../../src/domain/periods/index.js';
import { isAboveTolerance, riskScore } from '../../src/domain/risks/index.js';
import { loadRiskMatrix } from '../../src/app/risks/index.js';
import { buildReportDocument, checkRequest, TOP_RISKS } from '../../src/reports/index.js';
import type { Block, ReportDocument } from '../../src/reports/model/types.js';
import { demoAt } from '../support/demo-at.js';
import { completeQuarters } from '../support/demo-quarters.js';

let deps: AppDeps;
let quarter: Period;
let report: ReportDocument;

beforeAll(async () => {
  deps = await demoAt();
  [quarter] = (await completeQuarters(deps, 1)) as [Period];
  report = await buildReportDocument(deps, 'performance-budget', quarter);
});

const blocksOf = (r: ReportDocument, id: string): Block[] =>
  r.chapters.find((c) => c.id === id)!.sections.flatMap((s) => s.blocks);
const textOf = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
const tablesOf = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

/** Each directorate's forecast outturn for the quarter, summed here from the stored lines. */
async function expectedOutturns(): Promise<{ name: string; text: string }[]> {
  const cat = await loadCatalogue(deps.store);
  const stored = await deps.store.query('budgetLines', { year: quarter.year });
  const lines = linesForQuarter(
    stored.map((i) => i.fields),
    quarter,
  );
  return [...cat.directorates.values()].flatMap((d) => {
    const mine = lines.filter((l) => cat.services.get(l.serviceId)?.directorateId === d.id);
    if (mine.length === 0) return [];
    const pence = sumPence(mine.map((l) => l.forecastOutturnPence));
    return [{ name: d.name, text: formatPence(pence, { whole: true }) }];
  });
}

describe('the Performance and Budget report', () => {
  it('has its chapters in Derbyshire’s order', () => {
    expect(report.title).toBe('Performance and Budget Report');
    expect(report.chapters.map((c) => c.id)).toEqual([
      'performance',
      'budget',
      'risks',
      'exceptions',
    ]);
    expect(blocksOf(report, 'performance').some((b) => b.kind === 'summary')).toBe(true);
  });

  it('names the forecast outturn of every directorate, in words and in the table', async () => {
    const expected = await expectedOutturns();
    expect(expected.length).toBeGreaterThan(1);
    const blocks = blocksOf(report, 'budget');
    const [table] = tablesOf(blocks);
    for (const d of expected) {
      expect(textOf(blocks)).toContain(`${d.name}: forecast outturn ${d.text}`);
      const row = table!.rows.find((r) => r[0] === d.name);
      expect(row?.[table!.header.indexOf('Forecast outturn')]).toBe(d.text);
    }
    expect(table!.rows.at(-1)![0]).toBe('Council total');
  });

  it('gives each directorate its services, with the position in words', async () => {
    const cat = await loadCatalogue(deps.store);
    const budget = report.chapters.find((c) => c.id === 'budget')!;
    for (const d of await expectedOutturns()) {
      const section = budget.sections.find((s) => s.heading === d.name)!;
      const [table] = tablesOf(section.blocks);
      const names = new Set(
        [...cat.services.values()]
          .filter((s) => cat.directorates.get(s.directorateId)?.name === d.name)
          .map((s) => s.name),
      );
      expect(table!.rows.length).toBeGreaterThan(0);
      for (const row of table!.rows) {
        expect(names.has(row[0]!)).toBe(true);
        expect(['Overspend', 'Underspend', 'On budget']).toContain(row.at(-1));
      }
    }
  });

  it('lists the top risks in order: above tolerance first, then the highest residual score', async () => {
    const matrix = await loadRiskMatrix(deps.store);
    const open = (await deps.store.query('risks'))
      .map((r) => r.fields)
      .filter((r) => r.status !== 'closed')
      .map((r) => ({ code: r.code, score: riskScore(r.residualLikelihood, r.residualImpact) }))
      .sort(
        (a, b) =>
          Number(isAboveTolerance(b.score, matrix)) - Number(isAboveTolerance(a.score, matrix)) ||
          b.score - a.score ||
          a.code.localeCompare(b.code, 'en-GB', { numeric: true }),
      );
    expect(open.some((r) => isAboveTolerance(r.score, matrix))).toBe(true);
    const [table] = tablesOf(blocksOf(report, 'risks'));
    const codes = table!.rows.map((r) => r[0]!.split(' ')[0]);
    expect(codes).toEqual(open.slice(0, TOP_RISKS).map((r) => r.code));
    // Each row names the objectives the risk threatens (or says none are recorded).
    for (const row of table!.rows) expect(row.at(-1)).not.toBe('');
  });

  it('refuses a period that is not a quarter, naming the period', () => {
    expect(() =>
      checkRequest({ kind: 'performance-budget', period: quarter.year, format: 'pdf' }),
    ).toThrow(ValidationError);
    try {
      checkRequest({ kind: 'performance-budget', period: quarter.year, format: 'pdf' });
    } catch (e) {
      expect((e as ValidationError).problems[0]!.field).toBe('period');
    }
  });
});

describe('the quarterly report’s risk chapter', () => {
  it('lists the risks above tolerance and the scores that moved since last quarter', async () => {
    const quarterly = await buildReportDocument(deps, 'quarterly', quarter);
    const risks = quarterly.chapters.at(-1)!;
    expect(risks.id).toBe('risks');
    const [above, changes] = risks.sections;
    expect(above!.heading).toBe('Risks above tolerance');
    const [table] = tablesOf(above!.blocks);
    expect(table!.rows.every((r) => r[3] === 'Yes')).toBe(true);
    expect(changes!.heading).toBe(`Changes since ${previousPeriod(quarter).label}`);
    for (const row of tablesOf(changes!.blocks).flatMap((t) => t.rows)) {
      const [before, after] = [Number(row[2]), Number(row[3])];
      expect(row[1]).toBe(after > before ? 'Up (worse)' : 'Down (better)');
    }
    const portfolio = await buildReportDocument(
      deps,
      'portfolio',
      quarter,
      'Planning and Economic Growth',
    );
    expect(portfolio.chapters.some((c) => c.id === 'risks')).toBe(false);
  });
});

describe('the quarterly report’s changes since last quarter', () => {
  it('lists a risk whose reviewed score rose and one whose score fell, with both scores', async () => {
    const fresh = await demoAt();
    const [q] = (await completeQuarters(fresh, 1)) as [Period];
    const last = previousPeriod(q);
    // Two open risks nobody has reviewed yet, so only the reviews recorded here count.
    const reviewed = new Set((await fresh.store.query('riskReviews')).map((r) => r.fields.riskId));
    const [rising, falling] = (await fresh.store.query('risks')).filter(
      (r) => r.fields.status !== 'closed' && !reviewed.has(r.id),
    );
    expect(falling).toBeDefined();
    const ctx = { actorId: 'test', channel: 'import' as const, event: 'risk.reviewed' };
    const review = (riskId: string, date: string, l: 1 | 2 | 3 | 4 | 5, i: 1 | 2 | 3 | 4 | 5) =>
      fresh.store.create(
        'riskReviews',
        {
          riskId,
          date,
          residualLikelihood: l,
          residualImpact: i,
          commentary: 'Reviewed for the test',
          reviewerId: rising!.fields.ownerId,
        },
        ctx,
      );
    await review(rising!.id, last.end, 2, 2);
    await review(rising!.id, q.end, 4, 4);
    await review(falling!.id, last.end, 3, 5);
    await review(falling!.id, q.end, 2, 3);
    const quarterly = await buildReportDocument(fresh, 'quarterly', q);
    const changes = quarterly.chapters.at(-1)!.sections[1]!;
    const rows = tablesOf(changes.blocks).flatMap((t) => t.rows);
    const rowOf = (code: string) => rows.find((r) => r[0]!.startsWith(`${code} `));
    expect(rowOf(rising!.fields.code)?.slice(1)).toEqual(['Up (worse)', '4', '16']);
    expect(rowOf(falling!.fields.code)?.slice(1)).toEqual(['Down (better)', '15', '6']);
  });
});
