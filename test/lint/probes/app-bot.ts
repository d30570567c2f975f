// The app does not know the bot; it tells people through the notification port.
// as: src/app/returns/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "bot"
import '../../../bot/index.js';
