export * from './deep-dives.js';
export * from './deep-dive-view.js';
export * from './read-deep-dives.js';
export { MAX_COMMITTEE, TRIGGERS } from './deep-dive-input.js';
export * from './indicator-deep-dives.js';
