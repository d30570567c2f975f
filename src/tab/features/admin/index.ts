// The page is a chunk of its own, loaded when first opened: the meeting stage and the side panel,
// which never show it, do not download or compile it before they can draw.
import { lazy } from 'react';
export type { AdminSection } from './components/admin-page.js';
export const AdminPage = lazy(() =>
  import('./components/admin-page.js').then((m) => ({ default: m.AdminPage })),
);
