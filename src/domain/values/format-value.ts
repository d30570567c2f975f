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

/** What formatFigure needs to know about an indicator. */
export interface FigureFormat {
  unit: UnitKind;
  decimals: number;
  title: string;
}

// Finance indicators are often kept in thousands, named so in the title ("Savings delivered
// (£000)"), so 292 means £292,000. Shown as "£292" it reads as two hundred pounds; written out in
// full it cannot be misread, in the tab, the cards and the reports alike.
const IN_THOUSANDS = /\(£\s?000s?\)|\(£k\)/i;

/** Whether an indicator's currency figures are kept in thousands of pounds. */
export function inThousands(f: FigureFormat): boolean {
  return f.unit === 'currency' && IN_THOUSANDS.test(f.title);
}

/** An indicator's figure in its unit and decimals, thousands of pounds written out in full. */
export function formatFigure(value: number | null, f: FigureFormat): string {
  if (value === null || !inThousands(f)) return formatValue(value, f.unit, f.decimals);
  return formatValue(value * 1000, 'currency', Math.max(0, f.decimals - 3));
}
