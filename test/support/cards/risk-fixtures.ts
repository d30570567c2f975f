// Sample risk views for the card tests: an overdue risk above tolerance, with a title, commentary,
// mitigation and names that try markdown and HTML, to show they are escaped; and the cards built
// from it that everyCard adds to the catalogue every card test parses and renders.
import type { RiskDetailView } from '../../../src/app/risks/index.js';
import type { RiskLevel } from '../../../src/domain/model/types.js';
import { riskReviewCard } from '../../../bot/cards/risk-review-card.js';
import type { AdaptiveCard } from '../../../bot/cards/card-types.js';
import { CHECKER, COLLECTOR } from './fixtures.js';

const score = (likelihood: RiskLevel, impact: RiskLevel, band: string) => ({
  likelihood,
  impact,
  score: likelihood * impact,
  band,
});

export const HOSTILE_TITLE = 'Depot *fire* <b>now</b> [link](https://evil.example)';

export function sampleRiskView(overrides: Partial<RiskDetailView> = {}): RiskDetailView {
  return {
    id: 'risk-1',
    version: '4',
    code: 'CR07',
    title: HOSTILE_TITLE,
    category: 'Operational',
    owner: COLLECTOR,
    status: 'open',
    objectiveCodes: ['O2.1'],
    keyActionCodes: [],
    projectCodes: [],
    inherent: score(5, 4, 'very high'),
    residual: score(4, 4, 'very high'),
    band: 'very high',
    aboveTolerance: true,
    reviewDate: '2025-11-13',
    reviewState: 'overdue',
    reviewOverdue: true,
    description: 'The waste depot could be lost to fire.',
    tolerance: 12,
    mitigations: [
      {
        id: 'm-1',
        title: 'Sprinklers <script>alert(1)</script>',
        owner: CHECKER,
        dueDate: '2026-01-31',
        status: 'in-progress',
      },
      { id: 'm-2', title: 'Fire drill', owner: COLLECTOR, dueDate: '2025-10-01', status: 'done' },
    ],
    reviews: [
      {
        id: 'v-1',
        date: '2025-05-20',
        residual: score(3, 4, 'high'),
        commentary: 'First look',
        reviewer: COLLECTOR,
      },
      {
        id: 'v-2',
        date: '2025-08-14',
        residual: score(4, 4, 'very high'),
        commentary: 'Worse: *two* near misses [here](javascript:alert(1))',
        reviewer: COLLECTOR,
      },
    ],
    trend: { direction: 'up', latest: 16, previous: 12, words: 'Up from 12 to 16' },
    ...overrides,
  };
}

export function riskCards(): Record<string, AdaptiveCard> {
  const view = sampleRiskView();
  return {
    'risk-review': riskReviewCard({ view, mayReview: true, refreshUserIds: ['29:p-15'] }),
    'risk-review-with-errors': riskReviewCard({
      view,
      mayReview: true,
      refreshUserIds: [],
      draft: { residualLikelihood: '4', residualImpact: '', commentary: 'kept *as* typed' },
      errors: {
        residualImpact: 'must be a whole number from 1 to 5',
        commentary: 'say what has changed since the last review',
      },
    }),
    'risk-review-refused': riskReviewCard({
      view,
      mayReview: false,
      refreshUserIds: [],
      refusal: 'Only the risk’s owner or the performance team may review it.',
    }),
    'risk-reviewed': riskReviewCard({
      view: sampleRiskView({
        version: '5',
        residual: score(2, 4, 'medium'),
        band: 'medium',
        aboveTolerance: false,
        reviewDate: '2026-02-19',
        reviewState: 'scheduled',
        reviewOverdue: false,
        reviews: [
          ...view.reviews,
          {
            id: 'v-3',
            date: '2025-11-20',
            residual: score(2, 4, 'medium'),
            commentary: 'Sprinklers fitted',
            reviewer: COLLECTOR,
          },
        ],
        trend: { direction: 'down', latest: 8, previous: 16, words: 'Down from 16 to 8' },
      }),
      mayReview: true,
      refreshUserIds: ['29:p-15'],
      notice: { text: 'Review recorded: likelihood 2 × impact 4 = 8, medium.', tone: 'good' },
    }),
  };
}
