// Sample deep-dive views for the card tests: a review under way whose scope, answers and names try
// markdown and HTML, to show they are escaped, and a closed one; and the cards built from them
// that everyCard adds to the catalogue every card test parses and renders.
import type { DeepDiveView } from '../../../src/app/deep-dives/index.js';
import { DEEP_DIVE_QUESTIONS } from '../../../src/domain/deep-dives/index.js';
import { deepDiveCard } from '../../../bot/cards/deep-dive-card.js';
import type { AdaptiveCard } from '../../../bot/cards/card-types.js';
import { CHECKER } from './fixtures.js';

export const TAB_URL = 'http://localhost:3978/#/indicators/WR05';

export function sampleDeepDiveView(overrides: Partial<DeepDiveView> = {}): DeepDiveView {
  const answers: Record<string, string> = {
    whyIsThisTheCase: 'Two driver *vacancies* <b>since</b> [July](https://evil.example)',
    implications: 'The year-end target will be missed',
  };
  return {
    id: 'dd-1',
    version: '3',
    indicator: { id: 'i-5', code: 'WR05', title: 'Fly-tipping cleared within 2 working days (%)' },
    trigger: 'committee',
    triggerWords: 'Asked for by Place <script>Scrutiny</script> Committee',
    requestedBy: 'Place <script>Scrutiny</script> Committee',
    requestedAt: '2025-10-30T09:30:00.000Z',
    requestedAtText: '30/10/2025',
    scope: 'Crew capacity and how reports reach the crews',
    lead: { ...CHECKER, hasLeft: false },
    dueDate: '2025-12-01',
    dueDateText: '01/12/2025',
    questions: DEEP_DIVE_QUESTIONS.map((q) => ({ ...q, answer: answers[q.key] ?? '' })),
    answered: 2,
    findings: '',
    recommendations: '',
    actionPlan: { id: 'ap-1', label: 'From 2025/26 Q2: Open' },
    actionPlanChoices: [{ id: 'ap-1', label: 'From 2025/26 Q2: Open' }],
    status: 'open',
    state: 'due-soon',
    standing: 'Under way, due soon: 01/12/2025',
    outcome: '',
    closedAt: null,
    closedAtText: null,
    closedBy: null,
    may: { write: true, manage: false, close: true },
    ...overrides,
  };
}

export function deepDiveCards(): Record<string, AdaptiveCard> {
  return {
    'deep-dive': deepDiveCard({
      view: sampleDeepDiveView(),
      tabUrl: TAB_URL,
      refreshUserIds: ['29:p-8'],
    }),
    'deep-dive-closed': deepDiveCard({
      view: sampleDeepDiveView({
        status: 'closed',
        state: 'closed',
        standing: 'Closed 10/11/2025',
        findings: 'Capacity, not the crews’ own work',
        recommendations: 'Recruit two drivers',
        outcome: 'Agreed by the committee',
        closedAt: '2025-11-10T15:30:00.000Z',
        closedAtText: '10/11/2025',
        closedBy: CHECKER,
        may: { write: false, manage: false, close: false },
      }),
      tabUrl: TAB_URL,
      refreshUserIds: [],
    }),
  };
}
