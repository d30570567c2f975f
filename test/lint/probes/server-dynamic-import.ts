// Dynamic import() belongs to the composition root.
// as: src/server/probe.ts
// reports: no-restricted-syntax
// naming: composition root
export const load = () => import('./app.js');
