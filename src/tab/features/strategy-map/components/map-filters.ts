// The golden thread page's filters, reused: the same choices and the same pruning and recounting,
// so the map and the thread always agree on what a directorate, service or portfolio holds.
export {
  filterByOrganisation,
  NO_FILTERS,
} from '../../golden-thread/components/filter-by-organisation.js';
export type { ThreadFilters } from '../../golden-thread/components/filter-by-organisation.js';
export {
  choicesFor,
  FIT_TO_PANEL,
  ThreadFiltersBar,
} from '../../golden-thread/components/thread-filters.js';
