// One council setting read and written by the performance team: each lives in the settings list
// under its key, falls back to the default until first changed, and is written with the version
// that was read (null while still the default), so two people editing at once never overwrite.
import { ConflictError } from '../../domain/errors/errors.js';
import type { CouncilSettings, Person } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { adminContext, requireAdmin } from './require-admin.js';

export interface SettingSpec<K extends keyof CouncilSettings> {
  key: K;
  /** For the conflict message: "The rating scheme was changed by someone else." */
  words: string;
  /** The audit event of a change. */
  event: string;
  /** Throws a ValidationError naming what is wrong; returns the value to store. */
  validate: (
    value: CouncilSettings[K],
    deps: AppDeps,
  ) => Promise<CouncilSettings[K]> | CouncilSettings[K];
}

export async function readSetting<K extends keyof CouncilSettings>(
  deps: AppDeps,
  actor: Person,
  spec: SettingSpec<K>,
): Promise<{ value: CouncilSettings[K]; version: string | null }> {
  requireAdmin(actor);
  const item = (await deps.store.query('settings', { key: spec.key }))[0];
  return {
    value: (item?.fields.value as CouncilSettings[K] | undefined) ?? DEFAULT_SETTINGS[spec.key],
    version: item?.version ?? null,
  };
}

export async function writeSetting<K extends keyof CouncilSettings>(
  deps: AppDeps,
  actor: Person,
  spec: SettingSpec<K>,
  value: CouncilSettings[K],
  version: string | null,
): Promise<{ value: CouncilSettings[K]; version: string }> {
  requireAdmin(actor);
  const checked = await spec.validate(value, deps);
  const item = (await deps.store.query('settings', { key: spec.key }))[0];
  const changed = `${spec.words} was changed by someone else.`;
  if (item && version === null) throw new ConflictError(changed, item.version);
  if (!item && version !== null) throw new ConflictError(changed, null);
  const ctx = adminContext(actor, spec.event);
  const saved = item
    ? await deps.store.update('settings', item.id, version!, { value: checked }, ctx)
    : await deps.store.create('settings', { key: spec.key, value: checked }, ctx);
  return { value: saved.fields.value as CouncilSettings[K], version: saved.version };
}
