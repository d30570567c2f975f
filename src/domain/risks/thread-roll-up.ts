// Risks in the golden thread (issue 17, "in the thread"): how many risks threaten a part of the
// plan, the highest residual score among them and how many are above the council's tolerance, for
// the strategy map, the golden thread and the register's filters. The rule, stated once here;
// thread-roll-up.test.ts repeats the examples.
//
//   A risk threatens an objective when it names it; a priority when it names any of the
//   priority's objectives; a key action (a corporate project among them) when it names it as a
//   key action or as a project. Each risk is counted once per part, however many of its
//   objectives it names. Closed risks no longer threaten anything, so they are not counted.
//
// Worked examples (default matrix, tolerance 12), priority P1 with objectives P1.1 and P1.2:
//   CR01 on P1.1 and P1.2, residual 4×4 = 16; CR02 on P1.1, 3×3 = 9; CR03 on P1.2, closed, 5×5
//   P1.1 → 2 open risks, highest 16 (very high), 1 above tolerance
//   P1.2 → 1 open risk, highest 16 (very high), 1 above tolerance (CR03 is closed)
//   P1   → 2 open risks, highest 16 (very high), 1 above tolerance (CR01 once, not twice)
//   an objective no risk names → No open risks
import type { Risk } from '../model/risk-types.js';
import { DEFAULT_RISK_MATRIX, isAboveTolerance, riskBand, riskScore } from './scoring.js';
import type { RiskMatrix } from './scoring.js';

export type ThreadRisk = Pick<
  Risk,
  | 'objectiveIds'
  | 'keyActionIds'
  | 'projectIds'
  | 'status'
  | 'residualLikelihood'
  | 'residualImpact'
>;

/** A part of the plan: objectives (one, or a priority's), or one key action or project. */
export type ThreadTarget = { objectiveIds: readonly string[] } | { keyActionId: string };

export interface RiskRollUp {
  /** Risks not closed that threaten the part. */
  count: number;
  aboveTolerance: number;
  /** The highest residual score among them and its band; null when none. */
  highest: { score: number; band: string } | null;
  /** The roll-up in words: "2 open risks, highest 16 (very high), 1 above tolerance". */
  words: string;
}

export function threatens(risk: ThreadRisk, target: ThreadTarget): boolean {
  if ('keyActionId' in target)
    return (
      risk.keyActionIds.includes(target.keyActionId) || risk.projectIds.includes(target.keyActionId)
    );
  return risk.objectiveIds.some((id) => target.objectiveIds.includes(id));
}

export function rollUpWords(r: Omit<RiskRollUp, 'words'>): string {
  if (!r.highest) return 'No open risks';
  const above = r.aboveTolerance ? `, ${r.aboveTolerance} above tolerance` : '';
  const noun = r.count === 1 ? 'open risk' : 'open risks';
  return `${r.count} ${noun}, highest ${r.highest.score} (${r.highest.band})${above}`;
}

/** The roll-up of the risks that threaten the target, each counted once. */
export function rollUpRisks(
  risks: readonly ThreadRisk[],
  target: ThreadTarget,
  matrix: RiskMatrix = DEFAULT_RISK_MATRIX,
): RiskRollUp {
  const scores = risks
    .filter((r) => r.status !== 'closed' && threatens(r, target))
    .map((r) => riskScore(r.residualLikelihood, r.residualImpact));
  const top = scores.length ? Math.max(...scores) : null;
  const counts = {
    count: scores.length,
    aboveTolerance: scores.filter((s) => isAboveTolerance(s, matrix)).length,
    highest: top === null ? null : { score: top, band: riskBand(top, matrix) },
  };
  return { ...counts, words: rollUpWords(counts) };
}
