// Dynamic import() belongs to the composition root.
// as: bot/probe.ts
// reports: no-restricted-syntax
// naming: composition root
export const load = () => import('./index.js');
