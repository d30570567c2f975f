export { DeepDiveSection } from './components/deep-dive-section.js';
export { DeepDivesPage } from './components/deep-dives-page.js';
export { DeepDiveStandingText } from './components/deep-dive-standing.js';
