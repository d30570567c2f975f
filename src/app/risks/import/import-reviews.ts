// Importing a risk's past reviews from a CSV file, one row per review (the README, "Importing
// mitigations and reviews"): the review log of a spreadsheet register, so the trend of the
// residual score is there from the first day. A review is named by its risk and its date. It is
// history: the risk's current scores and next review date are the risk file's (or the next review
// recorded in the tab or a card), so importing old reviews never moves them.
import type { RiskReview } from '../../../domain/model/types.js';
import { formatDate } from '../../../domain/periods/index.js';
import { readRiskLevel, riskScore } from '../../../domain/risks/index.js';
import type { AppDeps } from '../../deps.js';
import { REVIEW_TABLE } from './columns.js';
import { importRiskRows, riskOf } from './import-risk-rows.js';
import type { RiskImportOptions, RiskImportSummary } from './import-risks.js';
import { ukDate } from './risk-records.js';

const NOTE_MAX = 2000;

export function importReviewsCsv(
  deps: AppDeps,
  input: string | Uint8Array,
  opts: RiskImportOptions,
): Promise<RiskImportSummary> {
  return importRiskRows(deps, input, opts, {
    list: 'riskReviews',
    table: REVIEW_TABLE,
    event: 'risk.review.import',
    what: 'risk reviews',
    keyOf: (r) => `${r.riskId}|${r.date}`,
    repeat: {
      column: 'date',
      words: (first) => `repeats the review of line ${first}: one review of a risk a day`,
    },
    read: ({ line, cells }, ctx): Omit<RiskReview, 'id'> | null => {
      const before = ctx.problems.items.length;
      const bad = (column: string, message: string) => ctx.problems.add(line, column, message);
      const risk = riskOf(line, cells.risk, ctx);
      if (cells.date === '') bad('date', 'is required, as dd/mm/yyyy');
      const date = ukDate(line, 'date', cells.date, ctx.problems);
      // A review not yet held is not history: time is the clock's, not the file's.
      if (date && date > ctx.today)
        bad('date', `${cells.date} is after today (${formatDate(ctx.today)})`);
      const level = (column: 'residual_likelihood' | 'residual_impact') => {
        const v = readRiskLevel(cells[column]);
        if (typeof v === 'string')
          bad(column, cells[column] === '' ? 'is required' : `${v}, not "${cells[column]}"`);
        return typeof v === 'string' ? null : v;
      };
      const residualLikelihood = level('residual_likelihood');
      const residualImpact = level('residual_impact');
      if (risk && residualLikelihood && residualImpact) {
        const residual = riskScore(residualLikelihood, residualImpact);
        const inherent = riskScore(risk.inherentLikelihood, risk.inherentImpact);
        if (residual > inherent) {
          bad(
            'residual_impact',
            `the residual score ${residual} is above ${risk.code}'s inherent score ${inherent}`,
          );
        }
      }
      const reviewer = cells.reviewer === '' ? null : ctx.lookups.person(cells.reviewer);
      if (cells.reviewer === '') bad('reviewer', 'is required');
      else if (!reviewer)
        bad('reviewer', `"${cells.reviewer}" is not a person's email or id in the store`);
      if (cells.commentary.length > NOTE_MAX)
        bad('commentary', `must be at most ${NOTE_MAX} characters`);
      if (ctx.problems.items.length !== before) return null;
      return {
        riskId: risk!.id,
        date: date!,
        residualLikelihood: residualLikelihood!,
        residualImpact: residualImpact!,
        commentary: cells.commentary,
        reviewerId: reviewer!.id,
      };
    },
  });
}
