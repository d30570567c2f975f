// The page is a chunk of its own, loaded when first opened: the meeting stage and the side panel,
// which never show it, do not download or compile it before they can draw.
import { lazy } from 'react';
export const ReportsPage = lazy(() =>
  import('./components/reports-page.js').then((m) => ({ default: m.ReportsPage })),
);
