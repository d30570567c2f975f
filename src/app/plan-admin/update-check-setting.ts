// Whether a service head checks key-action updates before they count (off by default, issue #13).
// Held in the settings list under `keyActionUpdatesNeedCheck`, saved like the rating scheme: the
// write names the version it read, null while the council has kept the default.
import { ConflictError, ValidationError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import { adminContext, requireAdmin } from '../admin/require-admin.js';
import type { AppDeps } from '../deps.js';
import { DEFAULT_SETTINGS } from '../settings.js';

const KEY = 'keyActionUpdatesNeedCheck';

export interface UpdateCheckSetting {
  keyActionUpdatesNeedCheck: boolean;
  version: string | null;
}

export async function keyActionUpdateCheck(
  deps: AppDeps,
  actor: Person,
): Promise<UpdateCheckSetting> {
  requireAdmin(actor);
  const item = (await deps.store.query('settings', { key: KEY }))[0];
  return {
    keyActionUpdatesNeedCheck:
      typeof item?.fields.value === 'boolean'
        ? item.fields.value
        : DEFAULT_SETTINGS.keyActionUpdatesNeedCheck,
    version: item?.version ?? null,
  };
}

export async function setKeyActionUpdateCheck(
  deps: AppDeps,
  actor: Person,
  needCheck: boolean,
  version: string | null,
): Promise<UpdateCheckSetting> {
  requireAdmin(actor);
  if (typeof needCheck !== 'boolean')
    throw new ValidationError('must be true or false', 'keyActionUpdatesNeedCheck');
  const item = (await deps.store.query('settings', { key: KEY }))[0];
  const stale = 'Whether key-action updates need a check was changed by someone else.';
  if (item && version === null) throw new ConflictError(stale, item.version);
  if (!item && version !== null) throw new ConflictError(stale, null);
  const ctx = adminContext(actor, 'key-action-check.set');
  const saved = item
    ? await deps.store.update('settings', item.id, version!, { value: needCheck }, ctx)
    : await deps.store.create('settings', { key: KEY, value: needCheck }, ctx);
  return { keyActionUpdatesNeedCheck: saved.fields.value === true, version: saved.version };
}
