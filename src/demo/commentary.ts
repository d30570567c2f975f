// Commentary that reads as if the Collection Officer wrote it: varied openings, the figure against
// target, and a reason for any dip (the indicator's own reasons first, then everyday ones).
import type { RatingState } from '../domain/model/types.js';
import type { Period } from '../domain/periods/index.js';
import { formatValue } from '../domain/values/index.js';
import type { IndicatorSpec } from './indicator-spec.js';
import type { Random } from './prng.js';

const GENERIC_REASONS = [
  'staff vacancies in the team',
  'higher than usual demand',
  'a system outage during the month',
  'annual leave over the holiday period',
  'the team supporting the elections',
];

const STRONG = [
  'Performance remains well ahead of target at {v} (target {t}).',
  'Another strong {p}: {v} against a target of {t}.',
  '{v}, comfortably better than the {t} target, thanks to the process changes made last year.',
];
const GOOD = [
  'On target this {p} at {v} (target {t}).',
  '{v} against a target of {t}: performance is as expected.',
  'Performance is in line with target ({v}). No issues to report.',
];
/** Good, but a shade worse than target (Derbyshire: up to 2% worse is still Good). */
const NEAR = [
  '{v} this {p}, just the wrong side of the {t} target but within tolerance. Demand was steady.',
  'Slightly under target at {v} (target {t}); nothing of concern and we expect to catch up.',
];
const DIP = [
  'Below target at {v} (target {t}) because of {r}.',
  '{v} against a target of {t}. The dip is down to {r}.',
  'Performance fell to {v} this {p} (target {t}), mainly due to {r}.',
];
const RECOVERY = [
  'We expect to recover next {p}.',
  'An action plan is in place and the team is monitoring weekly.',
  'Overtime has been agreed to clear the backlog.',
  'Recruitment is under way and cover has been arranged in the meantime.',
];
const CONTEXT = [
  'Figure as published for the {p}; reported for context only.',
  '{v} this {p}. Outside the council’s direct control; shown for context.',
];

function fill(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w)\}/g, (_, k: string) => parts[k] ?? '');
}

function periodNoun(p: Period): string {
  return { month: 'month', quarter: 'quarter', half: 'half-year', year: 'year' }[p.kind];
}

export function reasonFor(spec: IndicatorSpec, rng: Random): string {
  const own = spec.reasons ?? [];
  return own.length > 0 && rng.chance(0.8) ? rng.pick(own) : rng.pick(GENERIC_REASONS);
}

export function commentaryFor(
  spec: IndicatorSpec,
  period: Period,
  value: number,
  target: number | null,
  rating: RatingState,
  rng: Random,
): string {
  const parts = {
    v: formatValue(value, spec.unit, spec.decimals),
    t: target === null ? 'none' : formatValue(target, spec.unit, spec.decimals),
    p: periodNoun(period),
    r: reasonFor(spec, rng),
  };
  if (rating === 'context' || rating === 'no-target' || rating === 'not-rated')
    return fill(rng.pick(CONTEXT), parts);
  if (rating === 'strong') return fill(rng.pick(STRONG), parts);
  if (rating === 'review' || rating === 'action') {
    return `${fill(rng.pick(DIP), parts)} ${fill(rng.pick(RECOVERY), parts)}`;
  }
  const worse = target !== null && (spec.polarity === 'lower' ? value > target : value < target);
  return fill(rng.pick(worse ? NEAR : GOOD), parts);
}

const ACTIONS = [
  'Weekly performance huddles with the team; backlog cleared in date order; overtime agreed for four weeks.',
  'Temporary staff recruited through the agency framework; process reviewed with the performance team.',
  'Work reallocated across the team; daily monitoring report set up; escalation to the director if no improvement next period.',
  'Supplier meeting held and a recovery plan agreed; service manager to review progress fortnightly.',
];

export function actionPlanText(
  spec: IndicatorSpec,
  rng: Random,
): { reasons: string; actions: string } {
  const first = reasonFor(spec, rng);
  let second = reasonFor(spec, rng);
  if (second === first) second = rng.pick(GENERIC_REASONS);
  const reasons =
    second === first
      ? `Performance is below target because of ${first}.`
      : `Performance is below target because of ${first}, made worse by ${second}.`;
  return { reasons, actions: rng.pick(ACTIONS) };
}
