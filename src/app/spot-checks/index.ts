// Spot checks (issue 14 item 5): draw a quarter's weighted sample, list it, record findings.
export { drawSpotChecks, officersOf, DRAWN, REDRAWN } from './draw-spot-checks.js';
export type { DrawInput, DrawResult } from './draw-spot-checks.js';
export { listSpotChecks } from './list-spot-checks.js';
export { recordSpotCheckFinding, RECORDED } from './record-finding.js';
export type { FindingInput, FindingResult, Restatement } from './record-finding.js';
export type {
  DrawView,
  FigureView,
  SpotCheckQuarterView,
  SpotCheckView,
} from './spot-check-view.js';
export { MAX_SPOT_CHECKS } from './quarter-input.js';
