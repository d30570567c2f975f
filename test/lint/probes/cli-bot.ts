// No host imports another host.
// as: src/cli/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "bot"
import '../../bot/index.js';
