export { getPlan, type PlanTree } from './get-plan.js';
