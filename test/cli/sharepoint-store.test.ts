// The command line honours STORE=sharepoint (issue 15): it opens the store the server would, through
// the composition root, so a command on a tenant reads and writes the council's SharePoint lists,
// not a local file. Run against the Graph emulator on a provisioned site: the first command seeds
// the demo council into the site's lists, the second reads it back, and no data file is made.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { provisionSite } from '../../src/stores/sharepoint/index.js';
import { emulatorGraph } from '../graph-emulator/emulated-site.js';
import { startGraphEmulator, type GraphEmulator } from '../graph-emulator/index.js';
import { goldenThread, tempFolder } from './run-golden-thread.js';

let emu: GraphEmulator;
let folder: Awaited<ReturnType<typeof tempFolder>>;
let env: Record<string, string>;

beforeAll(async () => {
  emu = await startGraphEmulator();
  folder = await tempFolder();
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/cli' });
  await provisionSite(emulatorGraph(emu), site.id);
  env = {
    STORE: 'sharepoint',
    GRAPH_BASE_URL: emu.baseUrl,
    GRAPH_STATIC_TOKEN: emu.token,
    SHAREPOINT_SITE: site.id,
  };
}, 120_000);
afterAll(async () => {
  await emu?.close();
  await folder?.remove();
});

const ratedRows = (stdout: string) => stdout.split('\n').filter((l) => /^[A-Z]+\d+\s/.test(l));

it(
  'seeds and reads the SharePoint site, not a data file, when STORE=sharepoint',
  { timeout: 300_000 },
  async () => {
    const first = await goldenThread(['rate', '--period', '2025/26 Q1'], { cwd: folder.path, env });
    expect(first.stderr).toMatch(
      /^Seeded the demo council \(Borough of Elmstead\) into the SharePoint site/m,
    );
    expect(first.code).toBe(0);
    const rows = ratedRows(first.stdout);
    expect(rows.length).toBeGreaterThan(0);
    // The second command finds the council in the site: nothing is seeded again, the same rows come.
    const again = await goldenThread(['rate', '--period', '2025/26 Q1'], { cwd: folder.path, env });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/Seeded/);
    expect(ratedRows(again.stdout)).toEqual(rows);
    expect(existsSync(join(folder.path, 'data', 'golden-thread.db'))).toBe(false);
  },
);
