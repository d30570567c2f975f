// Of node:, the app uses crypto only.
// as: src/app/returns/probe.ts
// reports: boundaries/dependencies
// naming: module source "node:fs"
import 'node:fs';
