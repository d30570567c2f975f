// Public surface of the strategic dashboard's rules (issue 17): its cadence and what "as at" counts.
export {
  DEFAULT_STRATEGIC_CADENCE,
  MAX_EDITIONS,
  MAX_EVERY_DAYS,
  MIN_EVERY_DAYS,
  cadenceProblems,
  editionDates,
  latestEdition,
  nextEdition,
  type StrategicCadence,
} from './cadence.js';
export {
  byEndOf,
  latestAuthorisedPeriod,
  periodsEndedBy,
  returnAsAt,
  updateCountedBy,
} from './as-at.js';
