// Public surface of the demo council: build it (pure) or seed it into a store.
export {
  buildDemoCouncil,
  DEFAULT_DEMO_SEED,
  type DemoCouncil,
  type DemoItem,
  type DemoOptions,
} from './build.js';
export { seedDemoCouncil, DEMO_SEED_CONTEXT } from './seed.js';
export { DEMO_PEOPLE_IDS } from './people.js';
export { DEMO_SETTINGS } from './settings.js';
export { mulberry32, createRandom, type Random } from './prng.js';
