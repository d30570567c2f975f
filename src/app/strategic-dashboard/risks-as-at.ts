// Risks above the council's tolerance as at a date, from the register (loadRegister, riskSummary):
// each open or treated risk scored by its latest review on or before the date; a risk never
// reviewed counts with the residual score it was recorded with, and one whose reviews all came
// later is left out (the register did not yet hold its score then). Highest score first.
import { formatDate } from '../../domain/periods/index.js';
import { isAboveTolerance, latestReviewBy, riskBand, riskScore } from '../../domain/risks/index.js';
import type { Catalogue } from '../catalogue/index.js';
import type { Register } from '../risks/register.js';
import { riskSummary } from '../risks/risk-view.js';
import type { StrategicRisk } from './view.js';

export function risksAboveToleranceAsAt(
  cat: Catalogue,
  reg: Register,
  asAt: string,
): StrategicRisk[] {
  return reg.risks
    .filter((item) => item.fields.status !== 'closed')
    .flatMap((item): StrategicRisk[] => {
      const reviews = reg.reviews.get(item.id) ?? [];
      const review = latestReviewBy(reviews, asAt);
      if (!review && reviews.length > 0) return [];
      const r = item.fields;
      const score = review
        ? riskScore(review.residualLikelihood, review.residualImpact)
        : riskScore(r.residualLikelihood, r.residualImpact);
      if (!isAboveTolerance(score, reg.matrix)) return [];
      const summary = riskSummary(cat, reg, item);
      return [
        {
          code: summary.code,
          title: summary.title,
          owner: summary.owner.name,
          score,
          band: riskBand(score, reg.matrix),
          reviewedOn: review ? formatDate(review.date) : null,
          commentary: review?.commentary ?? '',
          objectiveCodes: summary.objectiveCodes,
        },
      ];
    })
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code, 'en-GB', { numeric: true }));
}
