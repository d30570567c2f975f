// The migrate command end to end on the Graph emulator: SQLite → SharePoint → a new SQLite file,
// with the SharePoint side configured exactly as the server is (SHAREPOINT_SITE, GRAPH_*).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../demo/index.js';
import { startGraphEmulator, type GraphEmulator } from '../../../test/graph-emulator/index.js';
import { provisionSite } from '../../stores/sharepoint/index.js';
import { emulatorGraph } from '../../../test/graph-emulator/emulated-site.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { tempDir, type TempDir } from '../../../test/support/temp-dir.js';
import { migrateCommand } from './migrate.js';

let emu: GraphEmulator;
let dir: TempDir;
beforeAll(async () => {
  emu = await startGraphEmulator();
  dir = tempDir('gt-cli-migrate-');
});
afterAll(async () => {
  await emu.close();
  dir.remove();
});

function capture() {
  const lines: string[] = [];
  return {
    lines,
    io: { out: (t: string) => void lines.push(t), err: (t: string) => void lines.push(t) },
  };
}

it('migrates SQLite to SharePoint and back, and refuses to run twice into the same site', async () => {
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/migrate' });
  await provisionSite(emulatorGraph(emu), site.id);
  const env = { GRAPH_BASE_URL: emu.baseUrl, GRAPH_STATIC_TOKEN: emu.token };
  const source = openSqliteStore({ file: dir.path('source.db') });
  await seedDemoCouncil(source, { today: '2025-11-20' });
  const indicators = (await source.query('indicators')).length;
  await source.close();

  const out = capture();
  await migrateCommand(
    {
      from: 'sqlite',
      to: 'sharepoint',
      data: dir.path('source.db'),
      site: 'https://contoso.sharepoint.com/sites/migrate',
    },
    out.io,
    env,
  );
  expect(out.lines).toContainEqual(
    expect.stringMatching(
      new RegExp(`^indicators: ${indicators} items, sha256 [0-9a-f]{16}… verified`),
    ),
  );
  expect(out.lines.at(-1)).toMatch(/^Migrated \d+ items in 26 lists from sqlite to sharepoint/);

  const again = migrateCommand(
    { from: 'sqlite', to: 'sharepoint', data: dir.path('source.db'), site: site.id },
    capture().io,
    env,
  );
  await expect(again).rejects.toThrow(/already holds items \(people: \d+/);

  const back = capture();
  await migrateCommand(
    { from: 'sharepoint', to: 'sqlite', data: dir.path('back.db'), site: site.id, chunk: '500' },
    back.io,
    env,
  );
  const copy = openSqliteStore({ file: dir.path('back.db') });
  expect((await copy.query('indicators')).length).toBe(indicators);
  await copy.close();
});

it('names what is wrong with the options and the settings', async () => {
  const io = capture().io;
  await expect(migrateCommand({ from: 'excel', to: 'sqlite' }, io, {})).rejects.toMatchObject({
    problems: [{ field: '--from' }],
  });
  await expect(migrateCommand({ from: 'sqlite', to: 'sqlite' }, io, {})).rejects.toMatchObject({
    problems: [{ field: '--to' }],
  });
  await expect(
    migrateCommand({ from: 'sqlite', to: 'sharepoint', data: dir.path('missing.db') }, io, {}),
  ).rejects.toMatchObject({ problems: [{ field: '--data' }] });
  const empty = openSqliteStore({ file: dir.path('empty.db') });
  await empty.close();
  await expect(
    migrateCommand({ from: 'sqlite', to: 'sharepoint', data: dir.path('empty.db') }, io, {}),
  ).rejects.toThrow(/SHAREPOINT_SITE/);
});
