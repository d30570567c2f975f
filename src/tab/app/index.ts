export { App } from './app.js';
export { parseRoute, hrefFor, type Route } from './router.js';
