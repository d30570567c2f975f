// The page is a chunk of its own, loaded when first opened: the meeting stage and the side panel,
// which never show it, do not download or compile it before they can draw.
import { lazy } from 'react';
export const StrategicPage = lazy(() =>
  import('./components/strategic-page.js').then((m) => ({ default: m.StrategicPage })),
);
export { EditionSelect } from './components/edition-select.js';
export { getStrategicEditions } from './api/get-strategic-dashboard.js';
export type { EditionsView } from './api/get-strategic-dashboard.js';
