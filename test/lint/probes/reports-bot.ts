// Reports do not know the bot.
// as: src/reports/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "bot"
import '../../bot/index.js';
