// Targets for one indicator and year: the annual figure, profiled across the year's periods with
// profileTargets (an even split, a named seasonal profile, or weights the team gives), or an
// explicit figure per period. Stored as one Target item per (indicator, year).
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import type { Frequency, Person, Target } from '../../domain/model/types.js';
import { parseFinancialYear, periodsOfYear, type PeriodKind } from '../../domain/periods/index.js';
import { profileTargets, SEASONAL_PROFILES } from '../../domain/targets/index.js';
import type { AppDeps } from '../deps.js';
import { adminContext, requireAdmin } from './require-admin.js';

export interface TargetInput {
  indicatorId: string;
  year: string;
  annual: number | null;
  /** A named monthly profile (SEASONAL_PROFILES) — monthly indicators only. */
  seasonal?: string;
  /** One weight per period, in period order. */
  weights?: number[];
  /** Explicit per-period targets; wins over the profile for the periods it names. */
  profile?: Record<string, number>;
  /** The version read, when replacing an existing target. */
  version?: string;
}

const KIND: Record<Frequency, PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half',
  annual: 'year',
};

function weightsFor(input: TargetInput, frequency: Frequency): number[] | undefined {
  if (input.weights) return input.weights;
  if (!input.seasonal) return undefined;
  const named = SEASONAL_PROFILES[input.seasonal];
  if (!named) {
    throw new ValidationError(
      `must be one of ${Object.keys(SEASONAL_PROFILES).join(', ')}`,
      'seasonal',
    );
  }
  if (frequency !== 'monthly')
    throw new ValidationError('seasonal profiles are monthly: give weights instead', 'seasonal');
  return [...named];
}

export async function targetsOf(deps: AppDeps, actor: Person, indicatorId: string) {
  requireAdmin(actor);
  const items = await deps.store.query('targets', { indicatorId }, { orderBy: 'year' });
  return items.map((t) => ({ ...t.fields, id: t.id, version: t.version }));
}

export async function setTarget(
  deps: AppDeps,
  actor: Person,
  input: TargetInput,
): Promise<Target & { version: string }> {
  requireAdmin(actor);
  const indicator = await deps.store.get('indicators', input.indicatorId);
  if (!indicator) throw new NotFoundError(`No indicator with id ${input.indicatorId}`);
  parseFinancialYear(input.year);
  const { frequency, ytd, decimals } = indicator.fields;
  const keys = periodsOfYear(input.year, KIND[frequency]).map((p) => p.key);
  const profiled =
    input.annual === null
      ? {}
      : profileTargets(input.annual, keys, ytd, weightsFor(input, frequency), decimals);
  for (const [key, value] of Object.entries(input.profile ?? {})) {
    if (!keys.includes(key))
      throw new ValidationError(`${key} is not a period of ${input.year}`, 'profile');
    if (!Number.isFinite(value)) throw new ValidationError('must be a number', `profile.${key}`);
    profiled[key] = value;
  }
  const fields = {
    indicatorId: indicator.id,
    year: input.year,
    annual: input.annual,
    profile: profiled,
  };
  const existing = (
    await deps.store.query('targets', { indicatorId: indicator.id, year: input.year })
  )[0];
  const ctx = adminContext(actor, 'target.set');
  if (existing && input.version === undefined)
    throw new ConflictError(
      `${indicator.fields.code} already has a ${input.year} target.`,
      existing.version,
    );
  const item = existing
    ? await deps.store.update('targets', existing.id, input.version!, fields, ctx)
    : await deps.store.create('targets', fields, ctx);
  return { ...item.fields, id: item.id, version: item.version };
}
