// The quartile in words, the same on the tab, the card, the dashboard and the reports.
//
// Which number the words use: the group's size as people know it, the members with a figure for
// the period ("2nd quartile of 16 CIPFA nearest neighbours", as the issue writes it), not n, which
// counts the council too. The place, where one is shown, says n and that it counts the council
// ("5th of 17, counting the council"), so neither number is read as the other.
import type { ComparatorGroup } from '../model/place-types.js';
import type { QuartileResult } from './quartile.js';

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const teens = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teens ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * "16 CIPFA nearest neighbours", "150 councils in England": a group of councils is named as the
 * plural it is; England and a region are places, so the members are councils in them.
 */
export function membersWords(group: Pick<ComparatorGroup, 'name' | 'kind'>, count: number) {
  const place = group.kind === 'england' || group.kind === 'region';
  return place
    ? `${count} ${count === 1 ? 'council' : 'councils'} in ${group.name}`
    : `${count} ${group.name}`;
}

const WHY_NONE = {
  'no-polarity': 'No quartile: the indicator has no better direction to rank by',
  'no-members': 'No quartile: no comparator figures for the period',
  'no-figure': 'No quartile: no authorised figure for the period',
} as const;

/** "2nd quartile of 16 CIPFA nearest neighbours", or why there is none. */
export function quartileWords(
  result: QuartileResult,
  group: Pick<ComparatorGroup, 'name' | 'kind'>,
): string {
  if (result.kind === 'unranked') return WHY_NONE[result.reason];
  return `${ordinal(result.quartile)} quartile of ${membersWords(group, result.members)}`;
}

/** "5th of 17, counting the council", or null without a rank. */
export function placeWords(result: QuartileResult): string | null {
  return result.kind === 'ranked'
    ? `${ordinal(result.position)} of ${result.of}, counting the council`
    : null;
}
