// Set-up for the quarter-complete tests: a quarter with every return authorised except the last
// `leave`, which are left checked and waiting for their Authorising Officer. Outstanding returns
// are authorised as "not collected" (so no figures need inventing); when the quarter has fewer
// than `leave` open (it may already be complete on the suite's day), authorised ones are put back
// to checked. Written straight to the store, audited as set-up.
import type { AppDeps } from '../../src/app/deps.js';
import type { StoredReturn } from '../../src/app/returns/return-view.js';
import { parsePeriod } from '../../src/domain/periods/index.js';
import { quarterOf } from '../../src/reports/index.js';
import { completeQuarters, openQuarter } from './demo-quarters.js';

const SETUP = { actorId: 'system', channel: 'system' as const, event: 'test.setup' };

/** A quarter that has ended, for completing: one with returns outstanding, else the newest done. */
export async function quarterToComplete(deps: AppDeps): Promise<string> {
  const open = await openQuarter(deps);
  if (!open.complete && open.quarter.end < deps.clock.now().toISOString().slice(0, 10)) {
    return open.quarter.key;
  }
  return (await completeQuarters(deps, 1))[0]!.key;
}

export async function nearlyCompleteQuarter(
  deps: AppDeps,
  quarterKey: string,
  leave: number,
): Promise<StoredReturn[]> {
  const { store } = deps;
  const quarter = parsePeriod(quarterKey);
  const live = new Set(
    (await store.query('indicators')).filter((i) => !i.fields.retired).map((i) => i.id),
  );
  const inQuarter = (await store.query('returns')).filter(
    (r) => live.has(r.fields.indicatorId) && quarterOf(r.fields.periodKey).key === quarter.key,
  );
  const open = inQuarter.filter((r) => r.fields.state !== 'authorised');
  const reopen = inQuarter
    .filter((r) => r.fields.state === 'authorised' && r.fields.value !== null)
    .slice(0, Math.max(0, leave - open.length));
  if (open.length + reopen.length < leave)
    throw new Error(`${quarterKey} has too few returns to leave ${leave} waiting`);
  const kept = new Set(open.slice(open.length - Math.min(leave, open.length)));
  const left: StoredReturn[] = [];
  for (const r of reopen) {
    const fields = { state: 'checked', authorisedBy: null, authorisedAt: null } as const;
    left.push(await store.update('returns', r.id, r.version, fields, SETUP));
  }
  for (const r of open) {
    const state = kept.has(r) ? 'checked' : 'authorised';
    const fields = {
      state,
      value: null,
      notAvailableReason: 'Not collected this quarter',
      enteredBy: 'system',
      checkedBy: 'system',
    } as const;
    const updated = await store.update('returns', r.id, r.version, fields, SETUP);
    if (state === 'checked') left.push(updated);
  }
  return left;
}
