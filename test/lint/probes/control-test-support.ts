// Test support may import anything.
// as: test/support/probe.ts
// reports: nothing
import '../../src/server/app.js';
import '../../bot/index.js';
import 'node:fs';

export const load = () => import('../../src/stores/sqlite/index.js');
