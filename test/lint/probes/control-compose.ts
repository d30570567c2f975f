// The composition root imports every production layer and may load code at run time.
// as: src/compose/probe.ts
// reports: nothing
import '../stores/sqlite/index.js';
import '../server/app.js';
import '../platform/logging/logger.js';
import 'better-sqlite3';

export const load = () => import('../../bot/index.js');
