// Which comparator group an indicator's quartile is reported against (issue 16): set by the
// performance team, by the indicator's code and the group's name, and audited like any set-up.
import type { Channel } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { namedGroup } from './groups.js';
import { adminCatalogue, indicatorByCode } from './import/import-benchmarks.js';

export interface PrimaryGroupInput {
  actorId: string;
  code: string;
  group: string;
  channel?: Channel;
}

export interface PrimaryGroupResult {
  code: string;
  group: string;
  changed: boolean;
}

export async function setPrimaryGroup(
  deps: AppDeps,
  input: PrimaryGroupInput,
): Promise<PrimaryGroupResult> {
  const cat = await adminCatalogue(deps.store, input?.actorId);
  const indicator = indicatorByCode(cat, input.code, 'code');
  const group = await namedGroup(deps.store, input.group, 'group');
  const result = { code: indicator.code, group: group.fields.name };
  const held = await deps.store.get('indicators', indicator.id);
  if (!held || held.fields.primaryGroupId === group.id) return { ...result, changed: false };
  await deps.store.update(
    'indicators',
    held.id,
    held.version,
    { primaryGroupId: group.id },
    {
      actorId: input.actorId,
      channel: input.channel ?? 'import',
      event: 'indicator.primary-group',
    },
  );
  return { ...result, changed: true };
}
