// The rating scheme: the default four-level Derbyshire scheme, or a three-level RAG scheme with the
// council's own tolerances (DESIGN.md, Ratings). Held in the settings list under `ratingScheme`.
import { ConflictError, ValidationError } from '../../domain/errors/errors.js';
import type { Person, RatingSchemeConfig } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { adminContext, requireAdmin } from './require-admin.js';

const KEY = 'ratingScheme';

export function assertRatingScheme(scheme: RatingSchemeConfig): void {
  if (scheme.kind === 'four-level') return;
  const { greenTolerance: g, amberTolerance: a } = scheme;
  if (!(g >= 0 && g < 1))
    throw new ValidationError('must be from 0 up to (not including) 1', 'greenTolerance');
  if (!(a > g && a <= 1))
    throw new ValidationError(
      'must be more than the green tolerance and at most 1',
      'amberTolerance',
    );
}

export async function ratingScheme(deps: AppDeps, actor: Person) {
  requireAdmin(actor);
  const item = (await deps.store.query('settings', { key: KEY }))[0];
  return {
    scheme: (item?.fields.value as RatingSchemeConfig | undefined) ?? DEFAULT_SETTINGS.ratingScheme,
    version: item?.version ?? null,
  };
}

/** `version` is null when the council has never changed the default. */
export async function setRatingScheme(
  deps: AppDeps,
  actor: Person,
  scheme: RatingSchemeConfig,
  version: string | null,
) {
  requireAdmin(actor);
  assertRatingScheme(scheme);
  const item = (await deps.store.query('settings', { key: KEY }))[0];
  const ctx = adminContext(actor, 'rating-scheme.set');
  if (item && version === null)
    throw new ConflictError('The rating scheme was changed by someone else.', item.version);
  if (!item && version !== null)
    throw new ConflictError('The rating scheme was changed by someone else.', null);
  const saved = item
    ? await deps.store.update('settings', item.id, version!, { value: scheme }, ctx)
    : await deps.store.create('settings', { key: KEY, value: scheme }, ctx);
  return { scheme: saved.fields.value as RatingSchemeConfig, version: saved.version };
}
