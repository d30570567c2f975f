// `golden-thread boundaries import FILE.geojson --set NAME` as the real command in a child process,
// against a temp SQLite file holding the demo council: an ONS-style file (WD24CD/WD24NM found
// without options) is imported and importing it again changes nothing; a file with a broken
// coordinate is refused naming it, exits 1 and writes nothing.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilWardFile } from '../support/council-wards.js';
import { demoCouncilFolder, type DemoCouncilFolder } from './demo-council-folder.js';

let folder: DemoCouncilFolder;
beforeAll(async () => {
  folder = await demoCouncilFolder('2025-11-20');
});
afterAll(() => folder.remove());

const held = () =>
  folder.read(
    async (store) => (await store.query('areaBoundaries', { boundarySet: 'Wards 2024' })).length,
  );

describe('golden-thread boundaries import', { timeout: 120_000 }, () => {
  it('refuses a file with a broken coordinate, naming it, and writes nothing', async () => {
    const file = councilWardFile(12, 4);
    (file.features[3]!.geometry.coordinates as unknown[][])[0]![2] = ['east', 52];
    await writeFile(join(folder.path, 'bad.geojson'), JSON.stringify(file));
    const result = await folder.gt('boundaries', 'import', 'bad.geojson', '--set', 'Wards 2024');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing was imported from bad.geojson.');
    expect(result.stderr).toContain(
      'features[3].geometry.coordinates[0][2]: must be two finite numbers',
    );
    expect(await held()).toBe(0);
  });

  it('imports an ONS-style file, and the same file again changes nothing', async () => {
    await writeFile(join(folder.path, 'wards.geojson'), JSON.stringify(councilWardFile(12, 4)));
    const first = await folder.gt('boundaries', 'import', 'wards.geojson', '--set', 'Wards 2024');
    expect(first.stdout).toBe(
      'Imported wards.geojson as "Wards 2024": 12 areas\n  12 created, 0 replaced, 0 removed, 0 unchanged\n',
    );
    expect(await held()).toBe(12);
    const again = await folder.gt('boundaries', 'import', 'wards.geojson', '--set', 'Wards 2024');
    expect(again.stdout).toContain('0 created, 0 replaced, 0 removed, 12 unchanged');
  });
});
