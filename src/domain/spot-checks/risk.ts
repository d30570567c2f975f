// Why an indicator deserves a closer look in a quarter's spot checks (issue 14 item 5): it is new,
// its written procedure changed in or just before the quarter, an earlier spot check found it
// wrong, or its last two figures swung a long way. Each reason raises its weight in the draw.
import type { Instant, IsoDate, SpotCheckFinding } from '../model/types.js';
import { londonDate, previousPeriod, tryParsePeriod, type Period } from '../periods/index.js';

export type RiskReason = 'new-indicator' | 'procedure-changed' | 'failed-check' | 'large-swing';

/** The words people see for each reason (stored on the spot check, shown in the tab and report). */
export const RISK_WORDS: Readonly<Record<RiskReason, string>> = {
  'new-indicator': 'new indicator',
  'procedure-changed': 'written procedure changed',
  'failed-check': 'an earlier spot check found a problem',
  'large-swing': 'large swing between its last two figures',
};

/** A swing of more than half the earlier figure counts as large. */
export const LARGE_SWING = 0.5;

/** Findings that mean the earlier check failed (a minor issue is not a failure). */
const FAILED: readonly SpotCheckFinding[] = ['figure-wrong', 'procedure-wrong'];

export interface RiskFacts {
  /** The quarter being drawn. */
  quarter: Period;
  /** The indicator's authorised figures (any order), by the last day of their period. */
  figures: ReadonlyArray<{ end: IsoDate; value: number }>;
  /** Its written procedure's versions (1 is the first, not a change). */
  procedureVersions: ReadonlyArray<{ version: number; editedAt: Instant }>;
  /** Findings of its earlier spot checks, by quarter key. */
  findings: ReadonlyArray<{ periodKey: string; finding: SpotCheckFinding | null }>;
}

export function riskReasons(f: RiskFacts): RiskReason[] {
  const { quarter } = f;
  const reasons: RiskReason[] = [];
  const upToQuarter = f.figures.filter((x) => x.end <= quarter.end).sort(byEnd);
  // New: no figure before this quarter, so nobody has yet reported it the way it is now collected.
  if (!upToQuarter.some((x) => x.end < quarter.start)) reasons.push('new-indicator');
  // "Just before" is the previous quarter: a change then shapes the first figures under it.
  const from = previousPeriod(quarter).start;
  const changed = f.procedureVersions.some((v) => {
    const day = londonDate(v.editedAt);
    return v.version > 1 && day >= from && day <= quarter.end;
  });
  if (changed) reasons.push('procedure-changed');
  const failed = f.findings.some((x) => {
    const p = tryParsePeriod(x.periodKey);
    return p !== null && p.end < quarter.start && x.finding !== null && FAILED.includes(x.finding);
  });
  if (failed) reasons.push('failed-check');
  const [before, last] = upToQuarter.slice(-2);
  if (before && last && isLargeSwing(before.value, last.value)) reasons.push('large-swing');
  return reasons;
}

function isLargeSwing(before: number, last: number): boolean {
  if (before === 0) return last !== 0;
  return Math.abs(last - before) / Math.abs(before) > LARGE_SWING;
}

function byEnd(a: { end: IsoDate }, b: { end: IsoDate }): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}
