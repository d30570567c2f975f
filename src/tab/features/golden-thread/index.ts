export { GoldenThreadPage } from './components/golden-thread-page.js';
export { filterTree } from './components/filter-tree.js';
