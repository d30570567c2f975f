// Demo data is computed, not read from disk.
// as: src/demo/probe.ts
// reports: boundaries/dependencies
// naming: module source "node:fs"
import 'node:fs';
