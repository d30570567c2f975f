// Stores import the domain, platform, their packages and node:.
// as: src/stores/sqlite/probe.ts
// reports: nothing
import 'better-sqlite3';
import 'node:fs';
import '@pnp/sp';
import '../../domain/ratings/index.js';
import '../../platform/logging/logger.js';
