// What each sweep test asserts over its days: no day has a problem (sweepMoment lists them in
// words), and the nudge plan keeps quiet when it should — weekends, bank holidays and outside
// 08:00–18:00 London.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/domain/periods/index.js';
import { datesFrom, londonAt, sweepMoment, type DayResult } from './sweep.js';

/** A second process that sweeps moments on request, started once and kept for a test file. */
export interface SweepHelper {
  sweep(moments: readonly string[]): Promise<DayResult[]>;
  close(): void;
}

export function startSweepHelper(): SweepHelper {
  const script = fileURLToPath(new URL('./sweep-child.ts', import.meta.url));
  const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  type Waiter = { resolve: (results: DayResult[]) => void; reject: (error: Error) => void };
  const waiting = new Map<number, Waiter>();
  let next = 0;
  child.on('message', (answer: { id: number; results: DayResult[] }) => {
    waiting.get(answer.id)?.resolve(answer.results);
    waiting.delete(answer.id);
  });
  // One listener for the whole file: every sweep still waiting fails if the helper dies.
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`the sweep helper exited (${code})`));
    waiting.clear();
  });
  return {
    sweep(moments) {
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        child.send({ id, moments });
      });
    },
    close: () => void child.kill(),
  };
}

/** Sweeps the moments, half in the helper and half here at the same time, in order. */
export async function sweepAll(
  moments: readonly string[],
  helper: SweepHelper | null,
): Promise<DayResult[]> {
  if (!helper) return sweepHere(moments);
  const half = Math.ceil(moments.length / 2);
  const [there, here] = await Promise.all([
    helper.sweep(moments.slice(0, half)),
    sweepHere(moments.slice(half)),
  ]);
  return [...there, ...here];
}

async function sweepHere(moments: readonly string[]): Promise<DayResult[]> {
  const results: DayResult[] = [];
  for (const at of moments) results.push(await sweepMoment(at));
  return results;
}

export async function sweepDays(
  from: string,
  to: string,
  helper: SweepHelper | null = null,
): Promise<DayResult[]> {
  const results = await sweepAll(
    datesFrom(from, to).map((date) => londonAt(date)),
    helper,
  );
  expectNoProblems(results);
  for (const r of results) {
    if (!isWorkingDay(r.today)) {
      expect(r.quiet, `${r.today} is not a working day: no reminders`).toBe(true);
      expect(r.remindersPlanned).toBe(0);
    } else {
      expect(r.quiet, `${r.today} at 09:00 is inside working hours`).toBe(false);
    }
  }
  return results;
}

export function expectNoProblems(results: readonly DayResult[]): void {
  const bad = results
    .filter((r) => r.problems.length > 0)
    .map((r) => `${r.at} (${r.today}): ${r.problems.join('; ')}`);
  expect(bad, bad.join('\n')).toEqual([]);
}

/** Registers one test per month (`2027-04`), each sweeping every day of it over two processes. */
export function sweepMonths(title: string, months: readonly string[]): void {
  describe(title, () => {
    let helper: SweepHelper | null = null;
    beforeAll(() => {
      helper = startSweepHelper();
    });
    afterAll(() => helper?.close());
    it.each(months)(
      'gives every role work and every read an answer in %s',
      async (month) => {
        const [year, m] = month.split('-').map(Number) as [number, number];
        const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
        await sweepDays(`${month}-01`, `${month}-${String(last).padStart(2, '0')}`, helper);
      },
      120_000,
    );
  });
}
