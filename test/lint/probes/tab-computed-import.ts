// A computed import() name hides what the tab loads.
// as: src/tab/shared/api/probe.ts
// reports: no-restricted-syntax
// naming: composition root
export const load = (page: string) => import(`../../features/${page}/index.js`);
