// Breakdowns of a return by area and community group, and the boundaries the ward map draws (issue 16).
export { breakdownRefusal, assertMayEnterBreakdowns } from './breakdown-access.js';
export { breakdownWrites, sameBreakdown } from './breakdown-writes.js';
export * from './breakdown-view.js';
export { enterBreakdown, indicatorBreakdowns } from './indicator-breakdowns.js';
export { uploadBoundaries, MAX_SET_NAME, type BoundaryUploadSummary } from './upload-boundaries.js';
