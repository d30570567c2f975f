// `import { type X }` keeps a run-time import under verbatimModuleSyntax: it counts as a value.
// as: src/api/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "app"
import { type AppDeps } from '../app/deps.js';

export type Probe = AppDeps;
