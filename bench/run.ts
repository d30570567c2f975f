// `npm run bench`: prints the performance figures the issues ask for. Figures, not assertions: the
// tests never time anything.
import { benchRating } from './rating.js';
import { benchDashboard } from './dashboard.js';
import { benchImport } from './import.js';
import { benchBot } from './bot.js';
import { benchReports } from './reports.js';
import { benchTab } from './tab.js';
import { benchSharePoint } from './sharepoint.js';

const sections: Array<[string, () => Promise<void>]> = [
  ['Ratings (domain core)', benchRating],
  ['Dashboard through the API', benchDashboard],
  ['CSV import', benchImport],
  ['Bot: card submit and typed replies', benchBot],
  ['Quarterly report (Word and PDF)', benchReports],
  ['Tab: stage dashboard in Chromium, and JavaScript sizes', benchTab],
  ['SharePoint through Graph (emulator)', benchSharePoint],
];

const only = process.argv[2];
for (const [name, run] of sections) {
  if (only && !name.toLowerCase().includes(only.toLowerCase())) continue;
  console.log(`\n== ${name}`);
  await run();
}
