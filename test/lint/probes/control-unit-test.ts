// A unit test beside its code may use test support and test packages.
// as: src/app/returns/probe.test.ts
// reports: nothing
import 'vitest';
import 'fast-check';
import '../../../test/support/test-clock.js';

export const load = () => import('../../stores/sqlite/index.js');
