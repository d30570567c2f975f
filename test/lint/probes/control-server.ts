// The server imports the composition root, the app, platform, reports and express.
// as: src/server/probe.ts
// reports: nothing
import 'express';
import '../compose/build-application.js';
import '../app/deps.js';
import '../platform/logging/logger.js';
import '../reports/index.js';
