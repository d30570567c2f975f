export * from './open-data-rows.js';
export * from './open-data-render.js';
export * from './open-data-files.js';
export { OPEN_GOVERNMENT_LICENCE, type Licence } from './licence.js';
export { ALL_PERIODS, fileSafeKey } from './open-data-periods.js';
