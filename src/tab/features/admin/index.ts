export { AdminPage, type AdminSection } from './components/admin-page.js';
