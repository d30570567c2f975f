// en-GB presentation of figures: thousands separators, the unit's sign, the indicator's decimals.
import type { UnitKind } from '../model/types.js';

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(decimals, f);
  }
  return f;
}

export function formatValue(value: number | null, unit: UnitKind, decimals: number): string {
  if (value === null) return '–';
  const n = formatter(decimals).format(value);
  switch (unit) {
    case 'percentage':
      return `${n}%`;
    case 'currency':
      return value < 0 ? `-£${n.slice(1)}` : `£${n}`;
    case 'days':
      return `${n} days`;
    default:
      return n;
  }
}
