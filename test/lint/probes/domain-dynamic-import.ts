// Dynamic import() belongs to the composition root.
// as: src/domain/ratings/probe.ts
// reports: no-restricted-syntax
// naming: composition root
export const load = () => import('./four-level.js');
