// The rating scheme: the default four-level Derbyshire scheme, or a three-level RAG scheme with the
// council's own tolerances (DESIGN.md, Ratings). Held in the settings list under `ratingScheme`.
import { ValidationError } from '../../domain/errors/errors.js';
import type { Person, RatingSchemeConfig } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { readSetting, writeSetting, type SettingSpec } from './council-setting.js';

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

const SPEC: SettingSpec<'ratingScheme'> = {
  key: 'ratingScheme',
  words: 'The rating scheme',
  event: 'rating-scheme.set',
  validate: (scheme) => {
    assertRatingScheme(scheme);
    return scheme;
  },
};

export async function ratingScheme(deps: AppDeps, actor: Person) {
  const { value, version } = await readSetting(deps, actor, SPEC);
  return { scheme: value, version };
}

/** `version` is null when the council has never changed the default. */
export async function setRatingScheme(
  deps: AppDeps,
  actor: Person,
  scheme: RatingSchemeConfig,
  version: string | null,
) {
  const saved = await writeSetting(deps, actor, SPEC, scheme, version);
  return { scheme: saved.value, version: saved.version };
}
