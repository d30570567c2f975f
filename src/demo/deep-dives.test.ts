// The demo's deep-dive reviews on two different days: one under way on an indicator the dashboard
// flags as persistently under-performing (some answers written, due after today), one closed with
// findings, recommendations and an outcome (closed before today) — every date from the demo's own
// `today`, never a fixed year.
import { describe, expect, it } from 'vitest';
import { demoAt } from '../../test/support/demo-at.js';
import { buildDashboard } from '../app/dashboard/index.js';
import { listDeepDives } from '../app/deep-dives/index.js';
import { demoId } from './ids.js';
import { DEMO_PEOPLE_IDS } from './people.js';

describe.each(['2025-11-20', '2026-09-15', '2027-06-03'])(
  'the demo’s deep dives on %s',
  (today) => {
    it('has one under way on a persistent indicator and one closed, dated from today', async () => {
      const deps = await demoAt(today);
      const reviews = await listDeepDives(deps, DEMO_PEOPLE_IDS.admin);
      expect(reviews.map((r) => r.id)).toEqual([
        demoId('deepDiveReviews', 1),
        demoId('deepDiveReviews', 2),
      ]);
      const [open, closed] = reviews;
      expect(open!.status).toBe('open');
      expect(open!.dueDate > today).toBe(true);
      expect(open!.requestedAt.slice(0, 10) < today).toBe(true);
      expect(open!.answered).toBeGreaterThan(0);
      expect(open!.answered).toBeLessThan(6);
      expect(open!.lead.hasLeft).toBe(false);

      const dashboard = await buildDashboard(deps);
      expect(dashboard.persistent.map((r) => r.indicatorId)).toContain(open!.indicator.id);
      expect(dashboard.deepDives[open!.indicator.id]).toMatchObject({
        reviewId: open!.id,
        state: 'under-way',
      });

      expect(closed).toMatchObject({ status: 'closed', trigger: 'committee' });
      expect(closed!.findings).not.toBe('');
      expect(closed!.recommendations).not.toBe('');
      expect(closed!.outcome).not.toBe('');
      expect(closed!.answered).toBe(6);
      expect(closed!.closedAt!.slice(0, 10) < today).toBe(true);
      expect(closed!.requestedAt < closed!.closedAt!).toBe(true);
      expect(closed!.actionPlan?.id).toBe(closed!.actionPlanChoices[0]?.id);
    });
  },
);
