export { DashboardPage } from './components/dashboard-page.js';
export {
  useIncludeProvisional,
  useMayIncludeProvisional,
  withProvisional,
} from './components/use-provisional.js';
export { BasisNotice, ProvisionalSwitch, basisWords } from './components/provisional-notice.js';
export { NowRating, YearEndRating, figureText } from './components/provisional-figure.js';
export { useRatingTileStyles } from './components/rating-totals.js';
