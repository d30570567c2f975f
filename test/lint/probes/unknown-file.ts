// A file outside every layer would escape the layer rules.
// as: src/loose-probe.ts
// reports: boundaries/no-unknown-files
// naming: does not belong to any known element
export const probe = 1;
