// The contract between the tab and the server: request bodies as zod schemas (the server validates
// with them) and their types, and the answers' types. The tab imports types only (`import type`),
// so zod and the app layer never reach its bundle.
export * from './fields.js';
export * from './returns.js';
export * from './dashboard.js';
export * from './action-plans.js';
export * from './key-action-updates.js';
export * from './my-work.js';
export type { Period } from '../domain/periods/index.js';
export type { RatingState, Role, ActionPlan, Person, Benchmark } from '../domain/model/types.js';
import type { Person as DomainPerson } from '../domain/model/types.js';
/** The signed-in person, as /api/me describes them. */
export type Me = DomainPerson & { mayPlanServices: boolean };
export type * from './admin.js';
export type * from './plan.js';
export type * from './risks.js';
export type * from './budget.js';
export type * from './breakdowns.js';
export type * from './strategic-dashboard.js';
export type * from './deep-dives.js';
