// Provisioning is idempotent and upgrades a version-1 site in place without losing items.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../../../../test/graph-emulator/index.js';
import {
  importedIndicatorFields,
  returnFields,
} from '../../../../test/contract/suite/contract-fixtures.js';
import { openSharePointStore } from '../sharepoint-store.js';
import { schemaAt } from '../schema/index.js';
import { emulatorGraph } from '../../../../test/graph-emulator/emulated-site.js';
import { provisionSite } from './provision.js';

let emu: GraphEmulator;
beforeAll(async () => {
  emu = await startGraphEmulator();
});
afterAll(() => emu.close());

it('creates every list once; a second run changes nothing', async () => {
  const site = emu.addSite();
  const first = await provisionSite(emulatorGraph(emu), site.id);
  // One list per entity list (34, the five of benchmarks and place the latest) and one for the
  // audit log.
  expect(first.actions).toHaveLength(35);
  expect(first.actions.some((a) => a.startsWith('created list GT Key action updates'))).toBe(true);
  expect(first.actions).toContain('created list GT Spot checks with 15 columns');
  expect(first.actions).toContain('created list GT Risks with 20 columns');
  expect(first.actions).toContain('created list GT Risk reviews with 10 columns');
  expect(first.actions).toContain('created list GT Budget lines with 12 columns');
  expect(first.actions).toContain('created list GT Benchmark values with 13 columns');
  expect(first.actions).toContain('created list GT Deep-dive reviews with 19 columns');
  expect(first.actions).toContain('created list GT Meeting stages with 10 columns');
  expect(first.actions).toContain('created list GT Returns with 26 columns');
  expect((await provisionSite(emulatorGraph(emu), site.id)).actions).toEqual([]);
  const returns = [...site.lists.values()].find((l) => l.displayName === 'GT Returns')!;
  expect(returns.columns.get('GtIndicatorId')?.indexed).toBe(true);
  expect(returns.columns.get('GtId')?.enforceUniqueValues).toBe(true);
  // The plan's lookup columns, which the app filters on, are indexed.
  const indexed = (list: string) =>
    [...([...site.lists.values()].find((l) => l.displayName === list)?.columns.values() ?? [])]
      .filter((c) => c.indexed)
      .map((c) => c.name);
  expect(indexed('GT Priorities')).toContain('GtPlanId');
  expect(indexed('GT Objectives')).toContain('GtPriorityId');
  expect(indexed('GT Service plans')).toEqual(
    expect.arrayContaining(['GtServiceId', 'GtYear', 'GtCode']),
  );
  expect(indexed('GT Key actions')).toEqual(
    expect.arrayContaining(['GtServicePlanId', 'GtOwnerId']),
  );
  expect(indexed('GT Key action updates')).toEqual(
    expect.arrayContaining(['GtKeyActionId', 'GtPeriodKey', 'GtState']),
  );
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
  // What a version 2 site could hold: none of the columns added since.
  const {
    needsOwners: _n,
    procedureVersion: _p,
    plausibilityRatio: _r,
    ...v2Fields
  } = importedIndicatorFields({ serviceId: 'svc-1' });
  const store = openSharePointStore({ graph: emulatorGraph(emu), site: site.id });
  const before = await store.create('indicators', v2Fields, { actorId: 'a', channel: 'system' });
  const upgrade = await provisionSite(emulatorGraph(emu), site.id, schemaAt(3));
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

it('upgrades a version 3 site to version 4: the plan lists gain their columns, older items read as empty', async () => {
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/upgrade-4' });
  await provisionSite(emulatorGraph(emu), site.id, schemaAt(3));
  const store = openSharePointStore({ graph: emulatorGraph(emu), site: site.id });
  const ctx = { actorId: 'a', channel: 'system' as const };
  const v3Plan = { title: 'Council Plan', firstYear: '2024/25', lastYear: '2027/28', vision: '' };
  const plan = await store.create('plans', v3Plan as never, ctx);
  const upgrade = await provisionSite(emulatorGraph(emu), site.id);
  expect(upgrade.actions).toContain('added column GtCode to GT Corporate plans');
  expect(upgrade.actions).toContain('added column GtMilestones to GT Key actions');
  const after = openSharePointStore({ graph: emulatorGraph(emu), site: site.id });
  // An item from before the upgrade reads the new columns as empty until they are written.
  expect((await after.get('plans', plan.id))?.fields).toMatchObject({
    title: 'Council Plan',
    code: '',
    current: false,
  });
  const coded = await after.update(
    'plans',
    plan.id,
    plan.version,
    { code: 'CP', current: true },
    ctx,
  );
  expect(coded.fields).toMatchObject({ code: 'CP', current: true, firstYear: '2024/25' });
  expect((await provisionSite(emulatorGraph(emu), site.id)).actions).toEqual([]);
});
