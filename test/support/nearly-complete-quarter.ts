// Set-up for the quarter-complete tests: every outstanding return of a quarter authorised (as
// "not collected", so no figures need inventing) except the last `leave`, which are left checked
// and waiting for their Authorising Officer. Written straight to the store, audited as set-up.
import type { AppDeps } from '../../src/app/deps.js';
import type { StoredReturn } from '../../src/app/returns/return-view.js';
import { quarterCompletion, quarterOf } from '../../src/reports/index.js';

const SETUP = { actorId: 'system', channel: 'system' as const, event: 'test.setup' };

export async function nearlyCompleteQuarter(
  deps: AppDeps,
  quarterKey: string,
  leave: number,
): Promise<StoredReturn[]> {
  const { store } = deps;
  const completion = await quarterCompletion(deps, quarterOf(quarterKey));
  const indicators = await store.query('indicators');
  const open: StoredReturn[] = [];
  for (const entry of completion.outstanding) {
    const code = entry.split(' ')[0]!;
    const indicator = indicators.find((i) => i.fields.code === code)!;
    const returns = await store.query('returns', { indicatorId: indicator.id });
    const wanted = returns.find(
      (r) => r.fields.state !== 'authorised' && quarterOf(r.fields.periodKey).key === quarterKey,
    );
    if (wanted) open.push(wanted);
  }
  if (open.length <= leave)
    throw new Error(`${quarterKey} has ${open.length} open returns; need more than ${leave}`);
  const kept = new Set(open.slice(-leave));
  const left: StoredReturn[] = [];
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
