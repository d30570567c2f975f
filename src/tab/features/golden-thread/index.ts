// The page is a chunk of its own, loaded when first opened: the meeting stage and the side panel,
// which never show it, do not download or compile it before they can draw.
import { lazy } from 'react';
export const GoldenThreadPage = lazy(() =>
  import('./components/golden-thread-page.js').then((m) => ({ default: m.GoldenThreadPage })),
);
export { filterTree } from './components/filter-tree.js';
