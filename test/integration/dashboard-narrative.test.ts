// The dashboard's narrative summary over real HTTP on the demo council agrees with the rows it sits
// above: its counts of "improved" and "worsened" are the rows' own directions of travel, on either
// basis, and its provisional sentence counts the figures the notice counts.
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/app/dashboard/index.js';
import type { Direction } from '../../src/domain/ratings/index.js';
import { leaderDashboardForFile } from './leader-dashboard.js';

const { dashboard } = leaderDashboardForFile();

const count = (d: Dashboard, of: 'vsPrevious' | 'vsLastYear', dir: Direction) =>
  d.indicators.filter((r) => r.direction[of] === dir).length;

/** "N indicator(s) improved" (first in the sentence) or "N worsened" (later), or null if absent. */
function said(sentence: string, verb: 'improved' | 'worsened'): number | null {
  const m = new RegExp(`(\\d+)(?: indicators?)? ${verb}`).exec(sentence);
  return m ? Number(m[1]) : null;
}

describe('the dashboard narrative', () => {
  for (const query of ['', '?provisional=include']) {
    it(`counts what the rows show${query ? ', provisional figures included' : ''}`, async () => {
      const d = await dashboard(query);
      const [previous, lastYear] = d.narrative;
      expect(previous).toMatch(/^Against the previous period, /);
      expect(lastYear).toMatch(/^Against the same period last year, /);
      for (const [sentence, of] of [
        [previous!, 'vsPrevious'],
        [lastYear!, 'vsLastYear'],
      ] as const) {
        const improving = count(d, of, 'improving');
        const worsening = count(d, of, 'worsening');
        expect(said(sentence, 'improved')).toBe(improving === 0 ? null : improving);
        expect(said(sentence, 'worsened')).toBe(worsening === 0 ? null : worsening);
      }
      const provisional = d.narrative.find((s) => / provisional /.test(s));
      if (d.provisionalCount === 0) expect(provisional).toBeUndefined();
      else
        expect(provisional).toMatch(
          new RegExp(`^${d.provisionalCount} figures? (is|are) provisional`),
        );
    }, 60_000);
  }
});
