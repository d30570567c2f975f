export { StrategicPage } from './components/strategic-page.js';
export { EditionSelect } from './components/edition-select.js';
export { getStrategicEditions } from './api/get-strategic-dashboard.js';
export type { EditionsView } from './api/get-strategic-dashboard.js';
