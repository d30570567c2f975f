// The calendar sweep's second process (sweep-checks.ts starts one per test file and keeps it):
// each message names moments to sweep; the answer carries their results. So a sweep uses both
// cores of the machine while Vitest runs one test file at a time.
import { sweepMoment, type DayResult } from './sweep.js';

interface Ask {
  id: number;
  moments: string[];
}

process.on('message', (ask: Ask) => {
  void (async () => {
    const results: DayResult[] = [];
    for (const at of ask.moments) results.push(await sweepMoment(at));
    process.send!({ id: ask.id, results });
  })();
});
