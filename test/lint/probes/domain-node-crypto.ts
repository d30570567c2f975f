// Not even the pure-looking parts of node: (randomness comes through a port).
// as: src/domain/ratings/probe.ts
// reports: boundaries/dependencies
// naming: module source "node:crypto"
import 'node:crypto';
