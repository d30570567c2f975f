export { MyWorkPage } from './components/my-work-page.js';
