// The bot is wired by the composition root; it does not call it.
// as: bot/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "compose"
import '../src/compose/build-application.js';
