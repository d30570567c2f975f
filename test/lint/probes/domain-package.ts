// The domain imports no packages, logging included.
// as: src/domain/ratings/probe.ts
// reports: boundaries/dependencies
// naming: module source "pino"
import 'pino';
