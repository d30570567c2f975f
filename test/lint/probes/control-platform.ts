// Platform imports the domain, pino and zod.
// as: src/platform/logging/probe.ts
// reports: nothing
import 'pino';
import 'zod';
import 'node:stream';
import '../../domain/ratings/index.js';
