// Public surface of target profiling and year-to-date aggregation: pure functions, no I/O.
export { profileTargets } from './profile-targets.js';
export { yearToDateValue, yearToDateTarget } from './year-to-date.js';
export { SEASONAL_PROFILES } from './seasonal-profiles.js';
