// The list page is a chunk of its own, loaded when first opened (see app/pages.tsx); the section
// and the standing words are part of the indicator page and the dashboard.
import { lazy } from 'react';
export { DeepDiveSection } from './components/deep-dive-section.js';
export const DeepDivesPage = lazy(() =>
  import('./components/deep-dives-page.js').then((m) => ({ default: m.DeepDivesPage })),
);
export { DeepDiveStandingText } from './components/deep-dive-standing.js';
