export { cachedView, createViewCache, type ViewCache, type ViewCacheStats } from './view-cache.js';
