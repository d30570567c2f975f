// `golden-thread spot-check draw` as the real command in a child process, against a temp SQLite
// file holding the demo council built for a fixed day (GT_SEED_DEMO=false, so the command never
// seeds one for the real today): the codes one a line; the same codes again; a redraw only with a
// reason, recorded; a bad quarter or count named, with exit code 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { demoCouncilFolder, type DemoCouncilFolder } from './demo-council-folder.js';

let folder: DemoCouncilFolder;
const gt = (...args: string[]) => folder.gt(...args);
const lines = (stdout: string) => stdout.split('\n').filter((l) => l !== '');

beforeAll(async () => {
  folder = await demoCouncilFolder('2025-11-20');
});
afterAll(() => folder.remove());

async function draws() {
  const store = openSqliteStore({ file: folder.dataFile });
  try {
    return (await store.query('spotCheckDraws')).map((d) => d.fields);
  } finally {
    await store.close();
  }
}

describe('golden-thread spot-check draw', { timeout: 180_000 }, () => {
  it('refuses a bad quarter or count, naming it, and records nothing', async () => {
    const month = await gt('spot-check', 'draw', '--period', '2025-06', '--count', '5');
    expect(month.code).toBe(1);
    expect(month.stderr).toMatch(/period: must be a quarter such as "2025\/26 Q1"/);
    expect(month.stdout).toBe('');
    const count = await gt('spot-check', 'draw', '--period', '2025/26 Q1', '--count', 'five');
    expect(count.code).toBe(1);
    expect(count.stderr).toMatch(/count: must be a whole number from 1 to 50/);
    const reasonless = await gt('spot-check', 'draw', '--period', '2025/26 Q1', '--redraw');
    expect(reasonless.code).toBe(1);
    expect(reasonless.stderr).toMatch(/reason: say why the sample is drawn again/);
    expect(await draws()).toEqual([]);
  });

  it('prints the drawn codes one a line, the same again, and new ones on a redraw with a reason', async () => {
    const first = await gt('spot-check', 'draw', '--period', '2025/26 Q1', '--count', '5');
    expect(first.code).toBe(0);
    const codes = lines(first.stdout);
    expect(codes).toHaveLength(5);
    expect(new Set(codes).size).toBe(5);
    for (const code of codes) expect(code).toMatch(/^[A-Z]+\d+$/);
    expect(first.stderr).toContain('Drew 5 indicators for Q1 2025/26');

    const again = await gt('spot-check', 'draw', '--period', '2025/26 Q1', '--count', '5');
    expect(again.code).toBe(0);
    expect(lines(again.stdout)).toEqual(codes);
    expect(again.stderr).toMatch(/was drawn on \d\d\/\d\d\/\d{4} by .+: the same sample/);

    const redrawn = await gt(
      'spot-check',
      'draw',
      '--period',
      '2025/26 Q1',
      '--count',
      '5',
      '--redraw',
      '--reason',
      'Audit asked for a fresh sample',
    );
    expect(redrawn.code).toBe(0);
    expect(lines(redrawn.stdout)).toHaveLength(5);
    expect(lines(redrawn.stdout)).not.toEqual(codes);
    const recorded = await draws();
    expect(recorded.map((d) => [d.superseded, d.redrawReason])).toEqual([
      [true, null],
      [false, 'Audit asked for a fresh sample'],
    ]);
  });
});
