// The budget beside the dashboard (issue 17) on a real SQLite store holding the demo council built
// for a fixed day and read at a fixed moment: which quarter a month's dashboard shows, the
// variance in words per directorate and for the council, and a dashboard that still builds, saying
// so, when finance has imported nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../demo/index.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { positionWords } from '../budget/budget-view.js';
import type { AppDeps } from '../deps.js';
import { buildDashboard } from './index.js';

const TODAY = '2025-11-20';
let deps: AppDeps;

beforeEach(async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gt-dash-budget-')), 'gt.db');
  const store = openSqliteStore({ file });
  await seedDemoCouncil(store, { today: TODAY });
  deps = { store, clock: { now: () => new Date(`${TODAY}T10:00:00.000Z`) } };
});
afterEach(async () => {
  await deps.store.close();
});

describe('positionWords', () => {
  // The worked examples: to the pound, the direction in words, the tolerance named.
  it.each([
    [
      { variancePence: 12_040_000, variancePercent: 1.9, words: 'On budget' },
      '£120,400 over budget (1.9%), within tolerance',
    ],
    [
      { variancePence: 37_440_000, variancePercent: 6, words: 'Overspend' },
      '£374,400 over budget (6.0%), over tolerance',
    ],
    [
      { variancePence: -2_585_000, variancePercent: -1.1, words: 'On budget' },
      '£25,850 under budget (1.1%), within tolerance',
    ],
    [
      { variancePence: -15_000_000, variancePercent: -3, words: 'Underspend' },
      '£150,000 under budget (3.0%), beyond tolerance',
    ],
    [
      { variancePence: 500_000, variancePercent: null, words: 'On budget' },
      '£5,000 over budget, within tolerance',
    ],
    [
      { variancePence: -209_500, variancePercent: 0, words: 'On budget' },
      '£2,095 under budget (less than 0.1%), within tolerance',
    ],
    [{ variancePence: 49, variancePercent: 0, words: 'On budget' }, 'On budget'],
  ] as const)('%o reads "%s"', (position, words) => {
    expect(positionWords(position)).toBe(words);
  });
});

describe('the dashboard’s budget', () => {
  it('shows the quarter a month ends, or the last one ended before it, per directorate', async () => {
    const september = await buildDashboard(deps, '2025-09');
    const october = await buildDashboard(deps, '2025-10');
    const june = await buildDashboard(deps, '2025-06');
    for (const [d, key] of [
      [september, '2025/26 Q2'],
      [october, '2025/26 Q2'],
      [june, '2025/26 Q1'],
    ] as const) {
      expect(d.budget.shown && d.budget.position.periodKey, d.period.key).toBe(key);
    }
    if (!september.budget.shown) throw new Error('no budget on the September dashboard');
    const { position } = september.budget;
    // One row per directorate of the ratings table, matched by id.
    expect(position.directorates.map((d) => d.directorateId).sort()).toEqual(
      september.byDirectorate.map((r) => r.id).sort(),
    );
    for (const d of position.directorates) {
      expect(d.text.position).toMatch(
        /^£[\d,]+ (over|under) budget \((\d+\.\d|less than 0\.1)%\), (within|over|beyond) tolerance$|^On budget$/,
      );
      expect(d.text.position.includes('over tolerance')).toBe(d.words === 'Overspend');
    }
    expect(position.council.variancePence).toBe(
      position.directorates.reduce((t, d) => t + d.variancePence, 0),
    );
  });

  it('never shows a quarter still running, and says so when finance has imported nothing', async () => {
    // The month still running: today is in Q3 of the demo, whose lines have begun.
    const now = await buildDashboard(deps, TODAY.slice(0, 7));
    expect(now.budget.shown && now.budget.position.periodKey).toBe('2025/26 Q2');

    const system = { actorId: 'system', channel: 'import' as const };
    const lines = await deps.store.query('budgetLines');
    await deps.store.writeMany(
      lines.map((l) => ({ kind: 'delete', list: 'budgetLines', id: l.id, version: l.version })),
      system,
    );
    const bare = await buildDashboard(deps, '2025-09');
    expect(bare.budget).toEqual({
      shown: false,
      message:
        'No budget lines for this quarter: none has been imported for a quarter ended by 30/09/2025.',
    });
    expect(bare.byDirectorate.length).toBeGreaterThan(0);
  });
});
