// The api contract imports the domain, zod, and app types.
// as: src/api/probe.ts
// reports: nothing
import 'zod';
import '../domain/ratings/index.js';
import type * as App from '../app/deps.js';

export type Probe = typeof App;
