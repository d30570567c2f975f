export { SpotChecksPage } from './components/spot-checks-page.js';
