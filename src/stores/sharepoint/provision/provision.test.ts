// Provisioning is idempotent and upgrades a version-1 site in place without losing items.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../../../graph-emulator/index.js';
import { importedIndicatorFields, returnFields } from '../../contract/contract-fixtures.js';
import { openSharePointStore } from '../sharepoint-store.js';
import { schemaAt } from '../schema/index.js';
import { emulatorGraph } from '../testing/emulated-site.js';
import { provisionSite } from './provision.js';

let emu: GraphEmulator;
beforeAll(async () => {
  emu = await startGraphEmulator();
});
afterAll(() => emu.close());

it('creates every list once; a second run changes nothing', async () => {
  const site = emu.addSite();
  const first = await provisionSite(emulatorGraph(emu), site.id);
  // One list per entity list (21, GT Meeting stages the latest) and one for the audit log.
  expect(first.actions).toHaveLength(22);
  expect(first.actions).toContain('created list GT Meeting stages with 10 columns');
  expect(first.actions).toContain('created list GT Returns with 24 columns');
  expect((await provisionSite(emulatorGraph(emu), site.id)).actions).toEqual([]);
  const returns = [...site.lists.values()].find((l) => l.displayName === 'GT Returns')!;
  expect(returns.columns.get('GtIndicatorId')?.indexed).toBe(true);
  expect(returns.columns.get('GtId')?.enforceUniqueValues).toBe(true);
});

it('upgrades a version 1 site to version 2, keeping its items', async () => {
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/upgrade' });
  await provisionSite(emulatorGraph(emu), site.id, schemaAt(1));
  const { forecast: _f, plausibilityConfirmed: _p, ...v1Fields } = returnFields({ value: 7 });
  const store = openSharePointStore({
    graph: emulatorGraph(emu),
    site: 'https://contoso.sharepoint.com/sites/upgrade',
  });
  const before = await store.create('returns', v1Fields as never, {
    actorId: 'a',
    channel: 'system',
  });
  const upgrade = await provisionSite(
    emulatorGraph(emu),
    'https://contoso.sharepoint.com/sites/upgrade',
    schemaAt(2),
  );
  expect(upgrade.actions).toEqual([
    'added column GtForecast to GT Returns',
    'added column GtPlausibilityConfirmed to GT Returns',
  ]);
  const after = openSharePointStore({ graph: emulatorGraph(emu), site: site.id });
  expect((await after.get('returns', before.id))?.fields.value).toBe(7);
  const updated = await after.update(
    'returns',
    before.id,
    before.version,
    { forecast: 9, plausibilityConfirmed: true },
    { actorId: 'a', channel: 'system' },
  );
  expect(updated.fields).toMatchObject({ value: 7, forecast: 9, plausibilityConfirmed: true });
});

it('upgrades a version 2 site to version 3: indicators gain needsOwners, read as null until set', async () => {
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/upgrade-3' });
  await provisionSite(emulatorGraph(emu), site.id, schemaAt(2));
  const { needsOwners: _n, ...v2Fields } = importedIndicatorFields({ serviceId: 'svc-1' });
  const store = openSharePointStore({ graph: emulatorGraph(emu), site: site.id });
  const before = await store.create('indicators', v2Fields, { actorId: 'a', channel: 'system' });
  const upgrade = await provisionSite(emulatorGraph(emu), site.id);
  expect(upgrade.actions).toEqual(['added column GtNeedsOwners to GT Indicators']);
  const after = openSharePointStore({ graph: emulatorGraph(emu), site: site.id });
  expect((await after.get('indicators', before.id))?.fields).toMatchObject({
    code: 'TA01',
    serviceId: 'svc-1',
    needsOwners: null,
  });
  const flagged = await after.update(
    'indicators',
    before.id,
    before.version,
    { needsOwners: true },
    { actorId: 'a', channel: 'import' },
  );
  expect(flagged.fields.needsOwners).toBe(true);
});

it('makes notes plain text, turning a rich-text note made earlier into plain', async () => {
  const site = emu.addSite();
  await provisionSite(emulatorGraph(emu), site.id);
  const returns = [...site.lists.values()].find((l) => l.displayName === 'GT Returns')!;
  expect(returns.columns.get('GtCommentary')?.richText).toBe(false);
  // A site provisioned before the schema said `plain`: the column defaulted to rich text.
  returns.columns.get('GtCommentary')!.richText = true;
  const again = await provisionSite(emulatorGraph(emu), site.id);
  expect(again.actions).toEqual(['text set on GT Returns.GtCommentary']);
  expect(returns.columns.get('GtCommentary')?.richText).toBe(false);
});
