// The 5×5 grid's cells from the register: residual likelihood × impact, with the count of risks in
// each and its band. A cell holding a risk takes the band the API gave that risk; an empty cell
// (no risk to ask) takes it from the council's bands the API listed, so both read one matrix.
import type { RiskSummaryView } from '../api/get-risks.js';
import { bandOfScore } from './band-look.js';

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  count: number;
  aboveTolerance: boolean;
}

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** Rows from impact 5 (top) down to 1, each with likelihood 1 to 5, as a risk matrix is drawn. */
export function heatCells(
  risks: readonly RiskSummaryView[],
  bands: readonly { name: string; from: number }[],
  tolerance: number,
): HeatCell[][] {
  return [...LEVELS].reverse().map((impact) =>
    LEVELS.map((likelihood) => {
      const here = risks.filter(
        (r) => r.residual.likelihood === likelihood && r.residual.impact === impact,
      );
      const score = likelihood * impact;
      return {
        likelihood,
        impact,
        score,
        band: here[0]?.residual.band ?? bandOfScore(score, bands),
        count: here.length,
        aboveTolerance: score > tolerance,
      };
    }),
  );
}

export const riskWord = (n: number) => `${n} risk${n === 1 ? '' : 's'}`;
