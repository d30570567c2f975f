// `npm run bench`: prints the performance figures the issues ask for. Figures, not assertions: the
// tests never time anything.
import { benchRating } from './rating.js';
import { benchDashboard } from './dashboard.js';
import { benchImport } from './import.js';
import { benchBot } from './bot.js';
import { benchCardInvoke } from './card-invoke.js';
import { benchReports } from './reports.js';
import { benchSharePoint } from './sharepoint.js';
import { benchStagePolls } from './stage-polls.js';
import { benchTab } from './tab.js';
import { benchNudges } from './nudges.js';
import { writeResults } from './results.js';

const sections: Array<[string, () => Promise<void>]> = [
  ['Ratings (domain core)', benchRating],
  ['Dashboard through the API', benchDashboard],
  ['CSV import', benchImport],
  ['Bot: card submit and typed replies', benchBot],
  ['Card invoke response time on the SharePoint store (Graph emulator)', benchCardInvoke],
  ['Quarterly report (Word and PDF)', benchReports],
  ['Excel export for 300 indicators (s)', () => import('./excel.js').then((m) => m.benchExcel())],
  ['PowerPoint pack for 300 indicators (s)', () => import('./pptx.js').then((m) => m.benchPptx())],
  ['SharePoint through Graph (emulator)', benchSharePoint],
  ['Meeting stage polls on the SharePoint store (Graph emulator)', benchStagePolls],
  ['Tab: stage dashboard in Chromium, and JavaScript sizes', benchTab],
  [
    'Strategy map in Chromium: 300 indicators, 200 key actions',
    () => import('./strategy-map.js').then((m) => m.benchStrategyMap()),
  ],
  [
    'Ward map in Chromium: the demo council and 300 wards',
    () => import('./ward-map.js').then((m) => m.benchWardMap()),
  ],
  ['Nudges: officers (5,000 by default) against the rate-limited connector', benchNudges],
  [
    'Scale: 1,000 indicators × 60 months, 300 key actions, 150 officers, on both stores',
    () => import('./scale.js').then((m) => m.benchScale()),
  ],
  ['Plan import of 1,000 items (SQLite)', () => import('./plan-import.js').then((m) => m.run())],
  [
    'Load: 50 and 200 concurrent clients at 300 indicators (autocannon, loopback)',
    () => import('./load.js').then((m) => m.benchLoad()),
  ],
];

const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
// A section that fails is reported and the rest still run, so one failure does not lose the
// figures of every other section; the run then exits non-zero.
const failed: string[] = [];
for (const [name, run] of sections) {
  if (only && !name.toLowerCase().includes(only.toLowerCase())) continue;
  console.log(`\n== ${name}`);
  try {
    await run();
  } catch (err) {
    failed.push(name);
    console.error(`section failed: ${name}\n`, err);
  }
}
const written = writeResults();
if (written) console.log(`\nFigures written to ${written}`);
if (failed.length) {
  console.error(`\n${failed.length} section(s) failed: ${failed.join('; ')}`);
  process.exitCode = 1;
}
