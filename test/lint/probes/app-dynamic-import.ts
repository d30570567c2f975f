// Dynamic import() belongs to the composition root.
// as: src/app/returns/probe.ts
// reports: no-restricted-syntax
// naming: composition root
export const load = () => import('../deps.js');
