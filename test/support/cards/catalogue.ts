// Every card the bot can send, built from sample views: the card tests parse each with the official
// adaptivecards library and render each in Chromium for a screenshot.
import { reportsPageUrl } from '../../../src/reports/quarter-complete.js';
import { digestCard } from '../../../bot/reminders/digest-card.js';
import type { AdaptiveCard } from '../../../bot/cards/card-types.js';
import {
  AUTHORISER,
  CHECKER,
  COLLECTOR,
  sampleBenchmark,
  sampleModel,
  samplePlan,
  sampleView,
} from './fixtures.js';
import { planApprovalCard } from '../../../bot/cards/plan-approval-card.js';
import { helpCard } from '../../../bot/cards/help-card.js';
import { keyActionCard } from '../../../bot/cards/key-action-card.js';
import { sampleUpdateView } from './key-action-fixtures.js';
import { riskCards } from './risk-fixtures.js';
import { deepDiveCards } from './deep-dive-fixtures.js';
import { quarterCompleteCard } from '../../../bot/cards/quarter-complete-card.js';
import { myReturnsCard, whichReturnCard } from '../../../bot/cards/list-card.js';
import { refusalCard, messageCard } from '../../../bot/cards/refusal-card.js';
import { returnCard } from '../../../bot/cards/return-card.js';

export function everyCard(): Record<string, AdaptiveCard> {
  const due = sampleView('due', ['enter']);
  const submitted = sampleView('submitted', ['check', 'send-back']);
  const offTarget = sampleView('submitted', ['check', 'send-back'], {
    value: 15020,
    valueText: '15,020',
    rating: { state: 'action', label: 'Action', relativeDifference: -0.19 },
  });
  return {
    entry: returnCard(sampleModel(due)),
    'entry-with-breakdowns-link': returnCard(
      sampleModel(due, {
        breakdownsUrl: 'https://gt.example/#/indicators/WR04?breakdowns=2025-10',
      }),
    ),
    'entry-with-benchmark': returnCard(
      sampleModel(sampleView('due', ['enter'], { benchmark: sampleBenchmark() })),
    ),
    'check-with-benchmark': returnCard(
      sampleModel(
        sampleView('submitted', ['check', 'send-back'], { benchmark: sampleBenchmark() }),
      ),
    ),
    'entry-with-errors': returnCard(
      sampleModel(due, {
        draft: {
          value: 'twenty thousand',
          commentary: 'kept as typed',
          evidenceUrl: 'ftp://x',
          forecast: '',
          notAvailable: false,
          notAvailableReason: '',
        },
        errors: {
          value: 'is not a number: type it as you would write it, e.g. 1,234',
          evidenceUrl: 'must be a web address starting https:// or http://',
        },
      }),
    ),
    'entry-confirm': returnCard(
      sampleModel(due, {
        draft: {
          value: '203,720',
          commentary: 'spring campaign',
          evidenceUrl: '',
          forecast: '',
          notAvailable: false,
          notAvailableReason: '',
        },
        question: 'Is 203,720 right? The last four quarters were 19,466–20,272.',
      }),
    ),
    'entry-sent-back': returnCard(
      sampleModel(
        sampleView('due', ['enter'], {
          sentBackReason: 'Excludes *October* <script>',
          sentBackBy: CHECKER,
          value: 20372,
          valueText: '20,372',
        }),
      ),
    ),
    check: returnCard(sampleModel(submitted)),
    'check-off-target': returnCard(
      sampleModel(
        { ...offTarget, openPlans: [samplePlan('ap-1')] },
        { planOwners: [CHECKER, COLLECTOR, AUTHORISER] },
      ),
    ),
    'check-off-target-overdue-plan': returnCard(
      sampleModel(
        { ...offTarget, openPlans: [samplePlan('ap-1', {}, true), samplePlan('ap-2')] },
        { planOwners: [CHECKER, COLLECTOR, AUTHORISER] },
      ),
    ),
    'authorise-with-plan': returnCard(
      sampleModel(
        sampleView('checked', ['authorise', 'send-back'], {
          value: offTarget.value,
          valueText: offTarget.valueText,
          rating: offTarget.rating,
          actionPlanId: 'ap-1',
          actionPlan: samplePlan('ap-1', {}, true),
        }),
      ),
    ),
    'plan-approval': planApprovalCard({
      view: samplePlan('ap-3', {
        approval: 'pending',
        approvalLabel: 'Awaiting approval',
        approvedBy: null,
        approvedAt: null,
        approver: 'the Corporate Performance Panel',
        mayApprove: true,
      }),
      indicatorTitle: 'Garden waste service subscriptions',
      decidedByName: null,
      refreshUserIds: [],
    }),
    'check-off-target-no-plan': returnCard(
      sampleModel(offTarget, { openPlans: [], planOwners: [CHECKER] }),
    ),
    authorise: returnCard(sampleModel(sampleView('checked', ['authorise', 'send-back']))),
    'status-submitted': returnCard(
      sampleModel(sampleView('submitted', []), {
        notice: { text: 'Saved. It rates Strong.', tone: 'good' },
      }),
    ),
    'status-authorised': returnCard(sampleModel(sampleView('authorised', []))),
    stale: returnCard(
      sampleModel(sampleView('authorised', []), {
        notice: {
          text: 'This return has changed since this card was sent. Nothing was changed.',
          tone: 'warning',
        },
      }),
    ),
    refusal: refusalCard(
      submitted,
      'Only the Responsible Officer (or their delegate) may check this return',
    ),
    help: helpCard(),
    'my-returns': myReturnsCard({ toEnter: [due], toCheck: [submitted], toAuthorise: [] }),
    'my-returns-empty': myReturnsCard({ toEnter: [], toCheck: [], toAuthorise: [] }),
    'which-return': whichReturnCard(
      [
        due,
        sampleView('due', ['enter'], { id: 'r-2', indicator: { ...due.indicator, code: 'WR01' } }),
      ],
      { valueText: '42.5', commentary: 'routes changed' },
    ),
    message: messageCard('That return no longer exists.'),
    'quarter-complete': quarterCompleteCard({
      councilName: 'Exampleshire *District* Council <b>[link](https://evil.example)</b>',
      quarterLabel: 'Q2 2025/26',
      headline: [
        { label: 'Strong', count: 12 },
        { label: 'Good', count: 30 },
        { label: 'Review', count: 7 },
        { label: 'Action', count: 4 },
      ],
      reportUrl: reportsPageUrl('2025/26 Q2', {
        baseUrl: 'https://gt.example.gov.uk',
        teamsAppId: '11111111-2222-4333-8444-555555555555',
      }),
    }) as unknown as AdaptiveCard,
    digest: digestCard({
      recipientId: CHECKER.id,
      recipientName: CHECKER.name,
      marker: 'sample',
      items: [
        {
          key: 'r-1|due-day|2025-11-20',
          kind: 'return',
          returnId: 'r-1',
          version: '1',
          stage: 'due-day',
          reason: `${due.indicator.code} ${due.periodLabel}, due 20/11/2025: due today`,
          indicatorCode: due.indicator.code,
          indicatorTitle: due.indicator.title,
          periodLabel: due.periodLabel,
          dueDate: '2025-11-20',
          overdue: false,
          ask: 'enter',
        },
        {
          key: 'r-2|escalate-responsible|2025-11-20',
          kind: 'return',
          returnId: 'r-2',
          version: '3',
          stage: 'escalate-responsible',
          reason: 'WR01 Q2 2025/26, due 13/11/2025: 5 working days overdue, escalated to you',
          indicatorCode: 'WR01',
          indicatorTitle: 'Missed bin collections per 100,000 <b>collections</b>',
          periodLabel: 'Q2 2025/26',
          dueDate: '2025-11-13',
          overdue: true,
          ask: 'chase',
        },
        {
          key: 'ka:u-1|overdue|2025-11-20',
          kind: 'key-action-update',
          returnId: 'u-1',
          version: '3',
          stage: 'overdue',
          reason: 'WR-KA1 Q2 2025/26, due 17/10/2025: 24 working days overdue',
          indicatorCode: 'WR-KA1',
          indicatorTitle: 'Build the new waste depot',
          periodLabel: 'Q2 2025/26',
          dueDate: '2025-10-17',
          overdue: true,
          ask: 'enter',
        },
      ],
    }),
    'key-action-update': keyActionCard({
      view: sampleUpdateView('due', ['submit']),
      refreshUserIds: ['29:p-15'],
    }),
    'key-action-update-with-errors': keyActionCard({
      view: sampleUpdateView('due', ['submit'], {
        sentBackReason: 'Say *what* slipped',
        sentBackBy: CHECKER,
      }),
      refreshUserIds: [],
      draft: {
        status: 'some-risk',
        outcome: 'as-expected',
        percentComplete: '140',
        commentary: 'kept as typed',
        evidenceUrl: 'ftp://x',
        revisedDueDate: '2026-06-30',
        revisedDueReason: '',
        nextMilestone: '',
      },
      errors: {
        percentComplete: 'must be a whole number from 0 to 100',
        evidenceUrl: 'must be a web address starting https:// or http://',
        revisedDueReason: 'give a reason for the new due date',
      },
    }),
    'key-action-check': keyActionCard({
      view: sampleUpdateView('submitted', ['check', 'send-back']),
      refreshUserIds: ['29:p-8'],
    }),
    'key-action-waiting': keyActionCard({
      view: sampleUpdateView('submitted', []),
      refreshUserIds: [],
      notice: { text: 'Saved. It has gone to Callum Fairweather to check.', tone: 'good' },
    }),
    'key-action-checked': keyActionCard({
      view: sampleUpdateView('checked', []),
      refreshUserIds: [],
    }),
    ...riskCards(),
    ...deepDiveCards(),
  };
}
