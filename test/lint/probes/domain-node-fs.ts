// The domain does no I/O: nothing from node:.
// as: src/domain/ratings/probe.ts
// reports: boundaries/dependencies
// naming: module source "node:fs"
import 'node:fs';
