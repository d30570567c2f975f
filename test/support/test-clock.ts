// The moment the server-level suites (API, protocol, reports, browser) run at. Time is an input
// (issue #12): the demo council is built for this day and the server's clock reads it, so a run
// never depends on the day it happens. GT_TEST_NOW moves the whole suite to another moment, e.g.
// `GT_TEST_NOW=2027-03-31T16:00:00Z npm test`, to prove the tests find what they need in the data
// rather than assume what the demo has on one day.
import type { Clock } from '../../src/app/deps.js';

const DEFAULT_TEST_NOW = '2025-11-20T10:00:00Z';

function testNow(text: string | undefined): Date {
  const chosen = text?.trim() || DEFAULT_TEST_NOW;
  const at = new Date(chosen);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(chosen) || Number.isNaN(at.getTime())) {
    throw new Error(
      `GT_TEST_NOW must be an ISO instant such as 2027-03-31T16:00:00Z, got "${text}"`,
    );
  }
  return at;
}

export const TEST_NOW: Date = testNow(process.env.GT_TEST_NOW);

/** A clock that starts at TEST_NOW and then runs at real speed (for servers driven by a browser). */
export function runningClock(from: Date = TEST_NOW): Clock {
  const started = performance.now();
  return { now: () => new Date(from.getTime() + (performance.now() - started)) };
}

/**
 * The one running clock of a test process: browser-suite servers read it, and so does the fake
 * Entra when it dates the tokens it issues, so a token is always valid at the server's "now".
 */
export const suiteClock: Clock = runningClock();
