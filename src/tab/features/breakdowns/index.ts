export { BreakdownSection } from './components/breakdown-section.js';
