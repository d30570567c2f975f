// The bot imports the app, platform and botbuilder.
// as: bot/probe.ts
// reports: nothing
import 'botbuilder';
import '../src/app/deps.js';
import '../src/platform/logging/logger.js';
