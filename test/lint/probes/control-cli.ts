// The CLI imports the composition root, the app, platform and commander.
// as: src/cli/probe.ts
// reports: nothing
import 'commander';
import '../compose/build-application.js';
import '../app/deps.js';
import '../platform/config/config.js';
