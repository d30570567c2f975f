// Breakdowns by place and community group, and the boundaries a ward map draws (issue 16).
export * from './boundary-geojson.js';
export * from './breakdown-entry.js';
export * from './ring-winding.js';
