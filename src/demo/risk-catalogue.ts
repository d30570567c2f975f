// The demo council's risk register: invented risks across the plan's objectives. Dates are offsets
// in days from the demo's today, so "overdue" and "reviewed last month" hold whatever day the demo
// is built for. Owners are demo people by number (people.ts). Residual scores above 12 are above
// the default tolerance; the last review of a risk with a history is its current residual score.
import type { MitigationStatus, RiskLevel, RiskStatus } from '../domain/model/types.js';

export interface RiskSpec {
  title: string;
  category: string;
  owner: number;
  objectives: string[];
  inherent: [RiskLevel, RiskLevel];
  residual: [RiskLevel, RiskLevel];
  /** Days from today to the next review: negative is overdue. */
  review: number;
  status?: RiskStatus;
  description?: string;
  mitigations?: [title: string, owner: number, dueIn: number, status: MitigationStatus][];
  /** Earlier reviews, oldest first: days ago, residual likelihood × impact, commentary. */
  history?: [daysAgo: number, l: RiskLevel, i: RiskLevel, commentary: string][];
}

const r = (
  title: string,
  category: string,
  owner: number,
  objectives: string[],
  inherent: [RiskLevel, RiskLevel],
  residual: [RiskLevel, RiskLevel],
  review: number,
  more: Partial<RiskSpec> = {},
): RiskSpec => ({ title, category, owner, objectives, inherent, residual, review, ...more });

export const DEMO_RISKS: RiskSpec[] = [
  r(
    'Food waste roll-out delayed by vehicle supply',
    'Operational',
    8,
    ['P1.1'],
    [4, 4],
    [4, 4],
    20,
    {
      description: 'Electric food waste vehicles are on a long lead time from one supplier.',
      mitigations: [
        ['Hire diesel vehicles as a stop-gap', 8, 30, 'in-progress'],
        ['Second supplier approached', 5, -10, 'done'],
      ],
      history: [
        [150, 3, 3, 'Supplier confirmed the order; delivery in the spring.'],
        [60, 4, 3, 'Delivery slipped by eight weeks.'],
        [20, 4, 4, 'A second slip; roll-out phase 1 now at risk.'],
      ],
    },
  ),
  r(
    'Recycling contamination rejects loads at the MRF',
    'Financial',
    8,
    ['P1.1'],
    [4, 3],
    [3, 3],
    45,
    {
      mitigations: [['Bin-tagging campaign on the worst rounds', 15, 60, 'in-progress']],
    },
  ),
  r(
    'Fly-tipping hotspots grow faster than enforcement',
    'Reputational',
    5,
    ['P1.2'],
    [3, 3],
    [3, 2],
    -12,
  ),
  r('Net zero 2030 unfunded beyond this year', 'Strategic', 2, ['P1.3'], [5, 4], [4, 4], 30, {
    mitigations: [['Bid to the public sector decarbonisation fund', 12, 90, 'not-started']],
    history: [
      [200, 4, 4, 'No capital set aside after next year.'],
      [90, 4, 4, 'Still no capital; bid being prepared.'],
    ],
  }),
  r(
    'Flooding of the depot closes collections',
    'Operational',
    5,
    ['P1.2', 'P1.1'],
    [2, 5],
    [2, 4],
    80,
  ),
  r(
    'Business rates appeals cut retained income',
    'Financial',
    10,
    ['P2.1', 'P5.2'],
    [3, 4],
    [3, 3],
    -5,
  ),
  r('Local Plan found unsound at examination', 'Strategic', 9, ['P2.2'], [3, 5], [3, 5], 10, {
    description: 'The Inspector may find the housing land supply evidence insufficient.',
    mitigations: [
      ['Commission updated housing land supply evidence', 9, 14, 'in-progress'],
      ['Legal review of the main modifications', 3, 40, 'not-started'],
    ],
    history: [
      [120, 2, 5, 'Hearings went well on the first week.'],
      [40, 3, 5, 'Inspector asked for further housing evidence.'],
    ],
  }),
  r(
    'Planning appeals costs awarded against the council',
    'Financial',
    9,
    ['P2.2'],
    [3, 3],
    [2, 3],
    60,
  ),
  r('Town centre developer withdraws', 'Strategic', 2, ['P2.3'], [3, 5], [3, 4], -20, {
    mitigations: [['Agree a development agreement with break clauses', 3, -30, 'done']],
  }),
  r('Major employer closes its Elmstead site', 'Strategic', 14, ['P2.1'], [2, 4], [2, 4], 100),
  r('Affordable homes pipeline stalls on viability', 'Strategic', 7, ['P3.1'], [4, 4], [4, 3], 25, {
    history: [
      [100, 4, 4, 'Two schemes paused by the developer.'],
      [25, 4, 3, 'Grant top-up secured for one scheme.'],
    ],
  }),
  r(
    'Temporary accommodation demand outstrips budget',
    'Financial',
    13,
    ['P3.2', 'P5.2'],
    [5, 4],
    [5, 4],
    -3,
    {
      description: 'Bed and breakfast use is rising; the budget assumes last year’s numbers.',
      mitigations: [
        ['Lease 20 more self-contained units', 13, 45, 'in-progress'],
        ['Prevention fund for rent arrears', 7, -15, 'done'],
      ],
    },
  ),
  r(
    'Private rented homes fail new standards at scale',
    'Compliance',
    7,
    ['P3.3'],
    [3, 3],
    [3, 2],
    70,
  ),
  r(
    'Leisure centre energy costs exceed the contract cap',
    'Financial',
    14,
    ['P4.1'],
    [4, 3],
    [3, 3],
    35,
  ),
  r(
    'Food hygiene inspections fall behind the programme',
    'Compliance',
    5,
    ['P4.2'],
    [3, 4],
    [2, 4],
    -30,
    {
      mitigations: [['Contract inspectors for the backlog', 5, 20, 'in-progress']],
    },
  ),
  r('Licensing decisions challenged in court', 'Legal', 9, ['P4.2'], [2, 4], [2, 3], 90),
  r('Cost of living support fund runs out mid-year', 'Financial', 10, ['P4.3'], [4, 4], [3, 4], 15),
  r('Website platform end of support', 'Technology', 11, ['P5.1'], [4, 3], [2, 3], 50, {
    status: 'treated',
    mitigations: [['Migrate to the new platform', 11, -40, 'done']],
  }),
  r('Cyber attack takes systems offline', 'Technology', 3, ['P5.1', 'P5.2'], [4, 5], [3, 5], 5, {
    mitigations: [
      ['Offline backups tested quarterly', 11, 10, 'in-progress'],
      ['Staff phishing training', 12, -20, 'done'],
    ],
  }),
  r('Medium-term budget gap not closed', 'Financial', 3, ['P5.2'], [5, 5], [4, 4], 40),
  r(
    'Key finance staff leave during the ledger upgrade',
    'People',
    12,
    ['P5.3', 'P5.2'],
    [3, 4],
    [2, 4],
    -8,
  ),
  r('Sickness absence above target in frontline teams', 'People', 12, ['P5.3'], [3, 3], [3, 3], 28),
  r(
    'Pay award above the budgeted two per cent',
    'Financial',
    3,
    ['P5.2', 'P5.3'],
    [4, 3],
    [4, 3],
    65,
  ),
  r(
    'Old telephony contract lapses without a replacement',
    'Technology',
    11,
    ['P5.1'],
    [3, 3],
    [1, 3],
    0,
    {
      status: 'closed',
      description: 'The new cloud telephony went live; the risk has passed.',
      mitigations: [['Cloud telephony procured and live', 11, -60, 'done']],
    },
  ),
];
